import { CREATE_POST, GqlResult, leaksInternals, sleep, Stack, waitFor } from './fault-stack';

interface Attempt {
  at: number;
  ms: number;
  id?: string;
  code?: string;
  reason?: string;
  raw: string;
}

/** Drill 1: Redis stops for 10 s while posts are written and fanned out, then comes back. */
describe('Redis outage under write load', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.create('redis');
  }, 60_000);
  afterAll(() => stack?.destroy(), 30_000);

  it('fails writes fast during the outage, resumes by itself, and no post is missing from any feed', async () => {
    const [author, ...followers] = await stack.members(6, 'r');
    await stack.follow(followers, author);
    await stack.startApi();
    await stack.startWorker();
    const threadId = await stack.createThread(author);
    for (const f of followers) expect(await stack.homeFeedIds(f)).toEqual([]); // timelines exist: fan-out must fill them
    await waitFor('the jobs health to be up', async () => (await stack.health('jobs')).status === 200, 15_000);

    const attempts: Attempt[] = [];
    let writing = true;
    const writer = async (n: number) => {
      for (let i = 0; writing && i < 1_000; i++) {
        const at = Date.now();
        const res: GqlResult<{ createPost: { id: string } }> | null = await stack
          .gql<{ createPost: { id: string } }>(CREATE_POST, { threadId, body: `post ${n}.${i}` }, author, 8_000)
          .catch(() => null);
        if (!res) attempts.push({ at, ms: Date.now() - at, code: 'NO_RESPONSE', raw: '' });
        else
          attempts.push({
            at,
            ms: res.ms,
            id: res.body.data?.createPost.id,
            code: res.body.errors?.[0]?.extensions?.code,
            reason: res.body.errors?.[0]?.extensions?.reason,
            raw: res.raw,
          });
        await sleep(50);
      }
    };
    const writers = [writer(1), writer(2), writer(3)];

    await sleep(2_000);
    const completedBefore = Number((await stack.health('jobs')).body.details.jobs.completed);
    const outageStart = Date.now();
    await stack.rds.down();

    // During the outage: readiness and job health say so quickly, without hanging.
    await sleep(1_000);
    const ready = await stack.health('ready');
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(3_000);
    const jobsDown = await stack.health('jobs');
    expect(jobsDown.status).toBe(503);
    expect(jobsDown.ms).toBeLessThan(3_000);

    await sleep(Math.max(0, outageStart + 10_000 - Date.now()));
    const outageEnd = Date.now();
    await stack.rds.up();

    // The worker resumes by itself: the heartbeat is fresh and jobs complete again.
    const recovered = await waitFor(
      'job health to show progress after the outage',
      async () => {
        const h = await stack.health('jobs');
        return h.status === 200 && Number(h.body.details.jobs.completed) > completedBefore && h;
      },
      30_000,
      250,
    );
    expect(recovered.body.details.jobs.workers).toBeGreaterThanOrEqual(1);
    const recoveredAt = Date.now();
    await sleep(2_500); // writes go on after the recovery
    writing = false;
    await Promise.all(writers);

    const during = attempts.filter((a) => a.at > outageStart + 500 && a.at + a.ms < outageEnd);
    expect(during.length).toBeGreaterThan(5);
    for (const a of during) {
      expect(a.ms).toBeLessThan(1_000); // fail fast (Redis connections stop queueing commands), never hang until Redis is back
      // An error a client can act on: the contract's code, marked temporary, not a success nor a dropped connection.
      expect({ code: a.code, reason: a.reason }).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'UNAVAILABLE' });
      expect(leaksInternals(a.raw)).toBe(false);
    }
    const after = attempts.filter((a) => a.at > recoveredAt + 500);
    expect(after.length).toBeGreaterThan(0);
    for (const a of after) expect(a.id).toBeDefined();

    // Every post Postgres holds (also those committed as Redis went away) reaches every follower's feed.
    const { rows } = await stack.sql.query<{ id: string }>(`SELECT id::text FROM post WHERE author_id = $1 ORDER BY id DESC`, [author]);
    expect(rows.length).toBeGreaterThan(20);
    const expected = rows.map((r) => r.id);
    await waitFor(
      'the queues to drain',
      async () => {
        const h = await stack.health('jobs');
        return (
          h.status === 200 && Object.values(h.body.details.jobs.queues as Record<string, { waiting: number }>).every((q) => q.waiting === 0)
        );
      },
      30_000,
      250,
    );
    // Jobs of posts committed as Redis went away waited in the outbox; the worker's relay has enqueued them all.
    await waitFor('the job outbox to empty', async () => (await stack.outboxRows()) === 0, 30_000, 250);
    for (const f of followers) {
      const feed = await waitFor(
        `follower ${f} to see every post`,
        async () => {
          const ids = await stack.homeFeedIds(f);
          return ids.length === expected.length && ids;
        },
        15_000,
        500,
      ).catch(async () => stack.homeFeedIds(f));
      expect(feed.filter((id) => !expected.includes(id))).toEqual([]);
      expect(expected.filter((id) => !feed.includes(id))).toEqual([]);
    }
    const codes = [...new Set(during.map((a) => `${a.code}/${a.reason}`))];
    console.log(
      `drill 1: ${attempts.length} writes, ${during.length} during the outage (codes ${codes.join(', ')}, slowest ${Math.max(...during.map((a) => a.ms))} ms), ${expected.length} posts`,
    );
  }, 150_000);
});
