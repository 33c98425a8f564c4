import { useParams } from '@tanstack/react-router';
import { PublicFeed } from '../../ui/post/PublicFeed';

export function TagPage() {
  const { tag } = useParams({ from: '/tags/$tag' });
  const normalized = tag.replace(/^#/, '').normalize('NFC').toLowerCase();
  return (
    <section>
      <h1>#{normalized}</h1>
      <PublicFeed tag={normalized} />
    </section>
  );
}
