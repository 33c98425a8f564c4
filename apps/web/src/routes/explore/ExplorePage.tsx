import { PublicFeed } from '../../ui/post/PublicFeed';

export function ExplorePage() {
  return (
    <section>
      <h1>Explore</h1>
      <p className="muted">What members are working on in public, newest first.</p>
      <PublicFeed />
    </section>
  );
}
