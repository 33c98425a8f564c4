import { createTestApp, TestApp } from '@kindling/testing';

const HEALTH_TOKEN = 'operator-token-for-health-jobs-0123456789';

/** What a route that does not exist answers, with its path swapped for `path`: the refusal must read the same. */
async function missingRouteAnswer(t: TestApp, path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${t.url}/health/no-such-check`);
  const body = JSON.parse((await res.text()).replaceAll('/health/no-such-check', path)) as unknown;
  return { status: res.status, body };
}

const get = async (t: TestApp, path: string, authorization?: string) => {
  const res = await fetch(`${t.url}${path}`, { headers: authorization ? { authorization } : {} });
  return { status: res.status, text: await res.text() };
};

describe('/health/jobs is for operators only', () => {
  let t: TestApp;
  let closed: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true, env: { HEALTH_TOKEN } });
    closed = await createTestApp(); // no HEALTH_TOKEN: the route is shut to everyone
  });
  afterAll(async () => {
    await closed.close();
    await t.close();
  });

  it('with the operator token it shows the queue figures', async () => {
    const res = await fetch(`${t.url}/health/jobs`, { headers: { authorization: `Bearer ${HEALTH_TOKEN}` } });
    expect([200, 503]).toContain(res.status); // 503 while the worker's first heartbeat is still due
    const body = (await res.json()) as { details: { jobs: Record<string, unknown> } };
    expect(body.details.jobs).toMatchObject({ workers: expect.any(Number), queues: expect.any(Object), completed: expect.any(Number) });
  });

  it.each<[string, string | undefined]>([
    ['no Authorization header', undefined],
    ['a wrong token', 'Bearer not-the-operator-token-0123456789abcdef'],
    ['the token with one character changed', `Bearer ${HEALTH_TOKEN.slice(0, -1)}X`],
    ['the token without the Bearer scheme', HEALTH_TOKEN],
    ['a bearer prefix of the token', `Bearer ${HEALTH_TOKEN.slice(0, 10)}`],
  ])('with %s it answers exactly as a missing route does, with no figures', async (_, authorization) => {
    const res = await get(t, '/health/jobs', authorization);
    const missing = await missingRouteAnswer(t, '/health/jobs');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text)).toEqual(missing.body);
    expect(res.text).not.toMatch(/queues|workers|outbox|waiting|lag/i);
  });

  it('without HEALTH_TOKEN configured nobody gets the figures, not even with a guessed token', async () => {
    for (const authorization of [undefined, 'Bearer ', `Bearer ${HEALTH_TOKEN}`, 'Bearer undefined']) {
      const res = await get(closed, '/health/jobs', authorization);
      expect(res.status).toBe(404);
      expect(res.text).not.toMatch(/queues|workers|outbox/i);
    }
  });

  it('/health/live and /health/ready stay open without a token', async () => {
    for (const app of [t, closed]) {
      expect((await get(app, '/health/live')).status).toBe(200);
      const ready = await get(app, '/health/ready');
      expect(ready.status).toBe(200);
      expect(JSON.parse(ready.text)).toMatchObject({ status: 'ok' });
    }
  });
});
