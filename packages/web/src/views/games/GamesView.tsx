export default function GamesView() {
  return <p>GamesView</p>;
}
