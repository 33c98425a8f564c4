export function CommunityPage() {
  return <h1>CommunityPage</h1>;
}
