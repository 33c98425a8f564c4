/**
 * Posts that arrived live wait here instead of shifting what the reader is
 * reading (Mastodon's rule); the banner shows how many, newest first.
 */
export function withArrival(pending: readonly string[], postId: string, shown: ReadonlySet<string>): readonly string[] {
  if (shown.has(postId) || pending.includes(postId)) return pending;
  return [postId, ...pending];
}

export const newPostsLabel = (count: number) => (count === 1 ? 'Show 1 new post' : `Show ${count} new posts`);
