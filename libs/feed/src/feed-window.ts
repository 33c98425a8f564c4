/**
 * Paging over a timeline whose entries may be filtered out at read time
 * (deleted since, blocked, muted, left a private community) and merged with
 * posts that were never fanned out (authors over the follower threshold).
 *
 * A read looks at a window of timeline ids below the cursor. When the
 * timeline holds more than the window, the window ends at its last id (the
 * floor) and merged-in posts are taken from the same id range only, so the
 * merge never skips or repeats a post across pages.
 */
export interface FeedWindow {
  /** Timeline ids to consider, newest first. */
  ids: string[];
  /** The lowest id the page may hold (inclusive), or null when the timeline ends inside the window. */
  floor: string | null;
}

export interface FeedPage<T> {
  items: T[];
  hasNextPage: boolean;
  /** Where the next page starts (exclusive). Past the last item when filtered entries were skipped. */
  endCursor: string | null;
}

/** Timeline ids read per page: the page, one to see past it, and slack for entries filtered out at read time. */
export const windowSize = (first: number) => first + Math.ceil(first / 2) + 1;

/** `ids` as read (up to `size + 1`, newest first): the extra one only says the timeline goes on. */
export function toWindow(ids: readonly string[], size: number): FeedWindow {
  return ids.length > size ? { ids: ids.slice(0, size), floor: ids[size - 1] } : { ids: [...ids], floor: null };
}

/** The ids of a freshly rebuilt timeline (newest first) that a read below `before` would have returned. */
export function readFromRebuild(ids: readonly string[], before: string | null, count: number): string[] {
  const below = before === null ? ids : ids.filter((id) => BigInt(id) < BigInt(before));
  return below.slice(0, count);
}

/** `rows`: the visible posts of the window, newest first, at most `first + 1`. */
export function toFeedPage<T extends { id: string }>(rows: readonly T[], first: number, window: FeedWindow): FeedPage<T> {
  if (rows.length > first) return { items: rows.slice(0, first), hasNextPage: true, endCursor: rows[first - 1].id };
  if (window.floor !== null) return { items: [...rows], hasNextPage: true, endCursor: window.floor };
  return { items: [...rows], hasNextPage: false, endCursor: rows.at(-1)?.id ?? null };
}
