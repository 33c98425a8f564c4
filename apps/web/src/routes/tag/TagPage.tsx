export function TagPage() {
  return <h1>TagPage</h1>;
}
