export default function CompareView() {
  return <p>CompareView</p>;
}
