import { continuation, decodeFanoutCursor, encodeFanoutCursor, FanoutCursor, planJobs } from './fanout-cursor';

const planner = (after: string | null, subscribersOnly = false): FanoutCursor => ({
  subscribersOnly,
  afterUserId: after,
  upToUserId: null,
});
const range = (after: string | null, upTo: string, subscribersOnly = false): FanoutCursor => ({
  subscribersOnly,
  afterUserId: after,
  upToUserId: upTo,
});

describe('fan-out cursors', () => {
  it.each([planner('42'), planner('9007199254740991', true), range('1', '999'), range('10', '20', true)])('round-trip %j', (cursor) => {
    const encoded = encodeFanoutCursor(cursor);
    expect(encoded).not.toContain(':'); // it ends up in a BullMQ job id
    expect(encoded.length).toBeLessThanOrEqual(64); // FanoutPayload.cursor's cap
    expect(decodeFanoutCursor(encoded)).toEqual(cursor);
  });

  it('has none for the first batch', () => {
    expect(() => encodeFanoutCursor(planner(null))).toThrow();
  });

  it.each(['', '42', 'x.42', 'a.', 'a.0', 'a.-1', 'a.1.2.3', 'a.01', 'a.1.', `a.${'9'.repeat(20)}`])('rejects %j', (cursor) => {
    expect(decodeFanoutCursor(cursor)).toBeNull();
  });
});

describe('planJobs', () => {
  it('keeps the first batch, hands each further one to a range job, and what lies past the last boundary to a planning job', () => {
    expect(planJobs(planner(null), ['3', '6', '9'], 11, 3)).toEqual({
      ownUpTo: '3',
      next: [range('3', '6'), range('6', '9'), planner('9')],
    });
  });

  it('plans no more when the count ended exactly at the last boundary', () => {
    expect(planJobs(planner('5', true), ['8', '11'], 6, 3)).toEqual({ ownUpTo: '8', next: [range('8', '11', true)] });
  });

  it('takes everything itself when there is less than a batch', () => {
    expect(planJobs(planner(null), [], 2, 3)).toEqual({ ownUpTo: null, next: [] });
    expect(planJobs(planner('7'), [], 0, 3)).toEqual({ ownUpTo: null, next: [] });
  });

  it('continues a batch that outgrew its range up to the same end, or plans on from an open one', () => {
    expect(continuation(range('3', '9'), '6')).toEqual(range('6', '9'));
    expect(continuation(planner('3', true), '6')).toEqual(planner('6', true));
  });
});

describe('a whole walk', () => {
  const numeric = (a: string, b: string) => Number(a) - Number(b);

  /** Runs every job of a walk over `ids` as FeedRecipients and FanoutService do; `grow` adds ids while it runs. */
  function walk(ids: string[], batchSize: number, ahead: number, grow: (jobs: number) => string[] = () => []): string[][] {
    const all = [...ids];
    const inRange = (at: FanoutCursor) =>
      all
        .filter(
          (x) =>
            (at.afterUserId === null || Number(x) > Number(at.afterUserId)) &&
            (at.upToUserId === null || Number(x) <= Number(at.upToUserId)),
        )
        .sort(numeric);
    const batches: string[][] = [];
    const queue: FanoutCursor[] = [planner(null)];
    for (let jobs = 0; queue.length > 0; jobs++) {
      all.push(...grow(jobs));
      const at = queue.shift()!;
      let own = at;
      if (at.upToUserId === null) {
        const counted = inRange(at).slice(0, batchSize * ahead + 1);
        const boundaries = counted.filter((_, i) => (i + 1) % batchSize === 0 && i + 1 < batchSize * ahead + 1);
        const plan = planJobs(at, boundaries, counted.length, batchSize);
        queue.push(...plan.next);
        own = { ...at, upToUserId: plan.ownUpTo };
      }
      const read = inRange(own).slice(0, batchSize + 1);
      const batch = read.slice(0, batchSize);
      if (read.length > batchSize) queue.push(continuation(own, batch.at(-1)!));
      batches.push(batch);
    }
    return batches;
  }

  const ids = (count: number, step = 3) => Array.from({ length: count }, (_, i) => String(step * i + 1));

  it.each([
    [0, 5, 3],
    [4, 5, 3],
    [5, 5, 3],
    [15, 5, 3],
    [16, 5, 3],
    [49, 5, 3],
    [100, 1, 4],
  ])('covers %i ids exactly once in batches of at most %i (planning %i ahead)', (count, size, ahead) => {
    const batches = walk(ids(count), size, ahead);
    expect(batches.flat().sort(numeric)).toEqual(ids(count));
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(size);
  });

  it('never delivers twice, and reaches those who follow during the walk in ranges not yet walked', () => {
    // Job 0 plans ranges up to id 43; at job 1, ids arrive in the first range (done) and in later ones; at job 3, past the end.
    const grow = (jobs: number) => (jobs === 1 ? ['2', '5', '20', '23', '26', '29', '32'] : jobs === 3 ? ['1000', '1001'] : []);
    const batches = walk(ids(30), 5, 3, grow);
    const delivered = batches.flat();
    expect(new Set(delivered).size).toBe(delivered.length);
    for (const id of [...ids(30), '20', '23', '26', '29', '32', '1000', '1001']) expect(delivered).toContain(id);
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(5);
  });
});
