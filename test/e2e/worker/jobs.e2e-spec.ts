import { randomUUID } from 'node:crypto';
import { Job } from 'bullmq';
import { JobQueue, JOBS } from '@kindling/jobs';
import { createTestApp, DEFAULT_PASSWORD, randomIp, TestApp, TestMember, waitUntil } from '@kindling/testing';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { refreshToken } }`;

describe('worker jobs', () => {
  let t: TestApp;
  let jobs: JobQueue;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    jobs = t.app.get(JobQueue);
  });
  afterAll(() => t?.close()); // t is unset when the worker refused to boot

  const queue = () => jobs.queue(JOBS['auth.prune-sessions'].queue);

  /** Waits until the job is completed or failed for good, and returns it as it is then (re-read: a copy read earlier is stale). */
  const settled = (jobId: string) =>
    waitUntil(`job ${jobId} to settle`, async () => {
      const state = await queue().getJobState(jobId);
      return state === 'completed' || state === 'failed' ? { job: (await queue().getJob(jobId)) as Job, state } : undefined;
    });

  /** Logs the member in `sessions` times through the API: one refresh token row each. */
  const tokenRows = async (member: TestMember, sessions: number): Promise<string[]> => {
    for (let i = 0; i < sessions; i++) {
      const res = await t.gql(LOGIN, { input: { email: member.user.email, password: DEFAULT_PASSWORD } }, { ip: randomIp() });
      expect(res.errors).toBeUndefined();
    }
    const rows: Array<{ id: string }> = await t.db.query(`SELECT id::text FROM refresh_token WHERE user_id = $1 ORDER BY id`, [
      member.user.id,
    ]);
    expect(rows).toHaveLength(sessions);
    return rows.map((r) => r.id);
  };
  const remaining = async (member: TestMember) =>
    (
      (await t.db.query(`SELECT id::text FROM refresh_token WHERE user_id = $1 ORDER BY id`, [member.user.id])) as Array<{ id: string }>
    ).map((r) => r.id);
  const expire = (id: string, ago: string) =>
    t.db.query(`UPDATE refresh_token SET expires_at = now() - $2::interval WHERE id = $1`, [id, ago]);

  it('auth.prune-sessions deletes expired refresh tokens and keeps live ones', async () => {
    const member = await t.factories.member();
    const [expired, ...live] = await tokenRows(member, 3);
    await expire(expired, '1 day');

    const jobId = `prune.${randomUUID()}`;
    await jobs.enqueue('auth.prune-sessions', {}, { jobId });
    await waitUntil('the expired token to be pruned', async () => !(await remaining(member)).includes(expired));
    expect(await remaining(member)).toEqual(live);

    const { state, job } = await settled(jobId);
    expect(state).toBe('completed');
    expect(job.returnvalue).toBeGreaterThanOrEqual(1);
  });

  it('honours `before`: tokens that expired after it stay', async () => {
    const member = await t.factories.member();
    const [recent, old] = await tokenRows(member, 2);
    await expire(recent, '1 day');
    await expire(old, '10 days');

    const jobId = `prune.${randomUUID()}`;
    await jobs.enqueue('auth.prune-sessions', { before: new Date(Date.now() - 5 * 86_400_000).toISOString() }, { jobId });
    expect((await settled(jobId)).state).toBe('completed');
    expect(await remaining(member)).toEqual([recent]);
  });

  it('is idempotent: running it again changes nothing', async () => {
    const member = await t.factories.member();
    const rows = await tokenRows(member, 2);
    for (let i = 0; i < 2; i++) {
      const jobId = `prune.${randomUUID()}`;
      await jobs.enqueue('auth.prune-sessions', {}, { jobId });
      expect((await settled(jobId)).state).toBe('completed');
    }
    expect(await remaining(member)).toEqual(rows);
  });

  it.each([
    ['a before that is not a date', { before: 'not-a-date' }, /invalid payload for auth\.prune-sessions: before/],
    ['an unknown property', { before: new Date().toISOString(), userId: '1' }, /invalid payload for auth\.prune-sessions: userId/],
  ])('fails a payload with %s at once, without retries, deleting nothing', async (_, payload, reason) => {
    const member = await t.factories.member();
    const [expired] = await tokenRows(member, 1);
    await expire(expired, '1 day');

    const jobId = `prune.bad.${randomUUID()}`;
    await jobs.enqueue('auth.prune-sessions', payload as { before?: string }, { jobId });
    const { state, job } = await settled(jobId);
    expect(state).toBe('failed');
    expect(job.opts.attempts).toBe(5); // retries were allowed, and not used: UnrecoverableError
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(reason);
    expect(await remaining(member)).toEqual([expired]);
  });

  it('fails a job nobody handles at once, without retries', async () => {
    const jobId = `unknown.${randomUUID()}`;
    await queue().add('nope.unknown-job', {}, { jobId, attempts: 3, backoff: { type: 'fixed', delay: 10 } });
    const { state, job } = await settled(jobId);
    expect(state).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toBe('no handler for job nope.unknown-job');
  });
});
