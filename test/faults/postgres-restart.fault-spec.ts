import { CREATE_POST, leaksInternals, sleep, Stack, waitFor } from './fault-stack';

interface Outcome {
  at: number;
  ms: number;
  status: number;
  ok: boolean;
  code?: string;
  reason?: string;
  raw: string;
}

/** Drill 3: Postgres restarts while the API serves reads and writes. */
describe('Postgres restart under load', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.create('pg');
  }, 60_000);
  afterAll(() => stack?.destroy(), 30_000);

  it('fails requests cleanly during the outage and recovers without an API restart', async () => {
    const [author, ...followers] = await stack.members(4, 'p');
    await stack.follow(followers, author);
    const api = await stack.startApi();
    await stack.startWorker();
    const threadId = await stack.createThread(author);

    const outcomes: Outcome[] = [];
    let running = true;
    const load = async (n: number) => {
      for (let i = 0; running && i < 2_000; i++) {
        const at = Date.now();
        const write = i % 2 === 0;
        const res = await (
          write
            ? stack.gql<{ createPost: { id: string } }>(CREATE_POST, { threadId, body: `p ${n}.${i}` }, author, 12_000)
            : stack.gql(`{ homeFeed(first: 10) { nodes { id } } }`, {}, followers[n % followers.length], 12_000)
        ).catch(() => null);
        outcomes.push(
          res
            ? {
                at,
                ms: res.ms,
                status: res.status,
                ok: !!res.body.data && !res.body.errors,
                code: res.body.errors?.[0]?.extensions?.code,
                reason: res.body.errors?.[0]?.extensions?.reason,
                raw: res.raw,
              }
            : { at, ms: Date.now() - at, status: 0, ok: false, raw: '' },
        );
        await sleep(30);
      }
    };
    const loaders = [load(0), load(1), load(2)];
    await sleep(1_500);
    const downAt = Date.now();
    await stack.pg.down();
    await sleep(1_000);
    const ready = await stack.health('ready');
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(3_000);
    await sleep(4_000);
    const upAt = Date.now();
    await stack.pg.up();
    const recoveredAt = await waitFor(
      'the API to serve writes again',
      async () => {
        const res = await stack.gql(CREATE_POST, { threadId, body: 'after' }, author);
        return !!res.body.data?.createPost && Date.now();
      },
      30_000,
      250,
    );
    await sleep(1_500);
    running = false;
    await Promise.all(loaders);

    expect(api.child.exitCode).toBeNull(); // the same process, never restarted
    const during = outcomes.filter((o) => o.at > downAt + 500 && o.at < upAt);
    expect(during.length).toBeGreaterThan(5);
    for (const o of during) {
      expect(o.status).not.toBe(0); // an answer, not a hang or a dropped connection
      expect(o.ms).toBeLessThan(7_000);
      expect(leaksInternals(o.raw)).toBe(false);
      if (!o.ok) expect({ code: o.code, reason: o.reason }).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'UNAVAILABLE' });
    }
    const after = outcomes.filter((o) => o.at > recoveredAt + 500);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((o) => !o.ok)).toEqual([]);
    const codes = [...new Set(during.map((o) => `${o.status}/${o.code ?? 'ok'}${o.reason ? `/${o.reason}` : ''}`))];
    console.log(
      `drill 3: ${outcomes.length} requests, ${during.length} during the outage (${codes.join(', ')}, slowest ${Math.max(...during.map((o) => o.ms))} ms); recovered ${recoveredAt - upAt} ms after Postgres was back`,
    );
  }, 120_000);
});
