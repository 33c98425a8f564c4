export function CommunitiesPage() {
  return <h1>CommunitiesPage</h1>;
}
