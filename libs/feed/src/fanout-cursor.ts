/**
 * Where a fan-out (or retraction) walk stands. Recipients (followers and
 * thread subscribers) are walked in member-id order. A planning job reads
 * the ids of several batches ahead, keeps the first batch and hands the
 * others to range jobs that run in parallel; the last one plans on.
 */
export interface FanoutCursor {
  /** Authors over the follower threshold reach their thread's subscribers only. */
  subscribersOnly: boolean;
  /** Exclusive start; null at the very beginning. */
  afterUserId: string | null;
  /** Inclusive end of a range job; null for a planning job (open-ended). */
  upToUserId: string | null;
}

const ID = '[1-9]\\d{0,18}';
const CURSOR = new RegExp(`^([as])\\.(${ID})(?:\\.(${ID}))?$`);

/** `a.<after>[.<upTo>]` (followers and subscribers) or `s.…` (subscribers only); also the suffix of the job's id. */
export function encodeFanoutCursor({ subscribersOnly, afterUserId, upToUserId }: FanoutCursor): string {
  if (afterUserId === null) throw new Error('the first batch has no cursor');
  return `${subscribersOnly ? 's' : 'a'}.${afterUserId}${upToUserId === null ? '' : `.${upToUserId}`}`;
}

/** Null for a cursor this code did not write (the job then fails for good rather than guess). */
export function decodeFanoutCursor(cursor: string): FanoutCursor | null {
  const match = CURSOR.exec(cursor);
  return match && { subscribersOnly: match[1] === 's', afterUserId: match[2], upToUserId: match[3] ?? null };
}

/**
 * What a planning job enqueues, from the ids it counted after `at` (`total`,
 * at most what it read) and every `batchSize`-th of them (`boundaries`): its
 * own batch ends at the first boundary; each further batch goes to a range
 * job; ids past the last boundary go to the next planning job.
 */
export function planJobs(
  at: FanoutCursor,
  boundaries: readonly string[],
  total: number,
  batchSize: number,
): { ownUpTo: string | null; next: FanoutCursor[] } {
  const cursor = (after: string, upTo: string | null): FanoutCursor => ({
    subscribersOnly: at.subscribersOnly,
    afterUserId: after,
    upToUserId: upTo,
  });
  const next = boundaries.slice(1).map((upTo, i) => cursor(boundaries[i], upTo));
  if (boundaries.length > 0 && total > boundaries.length * batchSize) next.push(cursor(boundaries.at(-1)!, null));
  return { ownUpTo: boundaries[0] ?? null, next };
}

/** The job that takes over when a batch could not hold all of its range (it grew since it was planned). */
export function continuation(at: FanoutCursor, lastId: string): FanoutCursor {
  return { subscribersOnly: at.subscribersOnly, afterUserId: lastId, upToUserId: at.upToUserId };
}
