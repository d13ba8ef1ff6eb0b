export default function FormsPage() {
  return <p>Forms</p>;
}
