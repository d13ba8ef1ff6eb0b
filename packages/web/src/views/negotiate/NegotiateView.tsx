export default function NegotiateView() {
  return <p>NegotiateView</p>;
}
