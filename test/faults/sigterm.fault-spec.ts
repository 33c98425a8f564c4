import { CREATE_POST, sleep, Stack, waitFor } from './fault-stack';

/** Drill 4: SIGTERM to the API and the worker while posts are written and fanned out. */
describe('SIGTERM under load', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.create('term');
  }, 60_000);
  afterAll(() => stack?.destroy(), 30_000);

  it('finishes in-flight requests and jobs, exits 0, and leaves nothing half-written', async () => {
    const [author, ...followers] = await stack.members(5, 't');
    await stack.follow(followers, author);
    const api = await stack.startApi();
    const worker = await stack.startWorker();
    const threadId = await stack.createThread(author);
    for (const f of followers) await stack.homeFeedIds(f);

    const acknowledged: string[] = [];
    const failures: string[] = [];
    let refused = 0;
    let signalled = 0;
    const writer = async (n: number) => {
      for (let i = 0; i < 2_000; i++) {
        const sentAt = Date.now();
        try {
          const res = await stack.gql<{ createPost: { id: string } }>(CREATE_POST, { threadId, body: `t ${n}.${i}` }, author, 15_000);
          if (res.body.data?.createPost) acknowledged.push(res.body.data.createPost.id);
          else if (res.status === 503 && signalled > 0 && sentAt >= signalled) {
            // A request that arrives while the server closes is refused (503, Connection: close): the balancer retries it.
            if (++refused > 3) return;
          } else failures.push(res.raw);
        } catch {
          // Refused or reset: only acceptable for requests sent after the signal.
          if (signalled === 0 || sentAt < signalled) failures.push(`dropped a request sent before SIGTERM`);
          if (++refused > 3) return;
        }
      }
    };
    const writers = [writer(0), writer(1), writer(2), writer(3)];
    await sleep(2_500);
    signalled = Date.now();
    api.child.kill('SIGTERM');
    worker.child.kill('SIGTERM');
    const [apiExit, workerExit] = await Promise.all([api.exit, worker.exit]);
    const shutdownMs = Date.now() - signalled;
    await Promise.all(writers);

    if (apiExit.code !== 0) console.log(api.output().slice(-3000));
    expect(apiExit).toEqual({ code: 0, signal: null });
    expect(workerExit).toEqual({ code: 0, signal: null });
    expect(shutdownMs).toBeLessThan(10_000);
    expect(failures).toEqual([]);
    expect(api.output() + worker.output()).not.toMatch(
      /Error during shutdown|after-commit effect failed|outbox rows not deleted|Connection is closed/i,
    );

    // Nothing half-written: every acknowledged post is stored, the thread's counter matches, and every post has its jobs.
    const { rows } = await stack.sql.query<{ id: string }>(`SELECT id::text FROM post WHERE thread_id = $1`, [threadId]);
    const stored = rows.map((r) => r.id);
    expect(acknowledged.filter((id) => !stored.includes(id))).toEqual([]);
    const counter = await stack.sql.query(`SELECT post_count FROM growth_thread WHERE id = $1`, [threadId]);
    expect(counter.rows[0].post_count).toBe(stored.length);
    // A new worker picks up whatever the old one left; the API restarts on the same stack.
    await stack.startWorker();
    await stack.startApi();
    for (const f of followers) {
      const feed = await waitFor(
        `follower ${f} to see every stored post`,
        async () => {
          const ids = await stack.homeFeedIds(f);
          return stored.every((id) => ids.includes(id)) && ids;
        },
        30_000,
        500,
      );
      expect(feed.length).toBe(stored.length);
    }
    const h = await stack.health('jobs');
    expect(h.status).toBe(200);
    await waitFor('the job outbox to be empty', async () => (await stack.outboxRows()) === 0, 15_000, 250);
    console.log(`drill 4: ${acknowledged.length} posts acknowledged, ${stored.length} stored, shutdown took ${shutdownMs} ms`);
  }, 120_000);
});
