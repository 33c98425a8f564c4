import { TransactionRunner } from '@kindling/database';
import { JobQueue, JOBS, OutboxRelay } from '@kindling/jobs';
import { createTestApp, TestApp, TestMember, waitUntil } from '@kindling/testing';

const FOLLOW = `mutation($id: ID!) { follow(userId: $id) { id } }`;

/**
 * Jobs that follow from a change are written to `job_outbox` in the change's
 * transaction: enqueued right after the commit, or, when that fails (Redis
 * away, the process gone), by the worker's relay. A committed change never
 * loses its job; a rolled-back one never has one.
 */
describe('job outbox', () => {
  let t: TestApp;
  let apiJobs: JobQueue;
  let relay: OutboxRelay;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    apiJobs = t.app.get(JobQueue);
    relay = t.worker!.get(OutboxRelay);
  });
  afterAll(() => t.close());

  const queue = () => apiJobs.queue(JOBS['notify.new-follower'].queue);
  const outboxRows = async (jobId: string) =>
    Number((await t.db.query(`SELECT count(*) AS n FROM job_outbox WHERE job_id = $1`, [jobId]))[0].n);
  const followNotified = (follower: TestMember, followee: TestMember) =>
    waitUntil('the follow to be notified', async () => {
      const rows: unknown[] = await t.db.query(
        `SELECT 1 FROM notification n JOIN notification_actor a ON a.notification_id = n.id
          WHERE n.type = 'NEW_FOLLOWER' AND n.recipient_id = $1 AND a.actor_id = $2`,
        [followee.user.id, follower.user.id],
      );
      return rows.length === 1;
    });

  it('enqueues the job of a committed change at once and then deletes its row', async () => {
    const [follower, followee] = await t.factories.members(2);
    const jobId = `follow.${follower.user.id}.${followee.user.id}`;
    expect((await t.gql(FOLLOW, { id: followee.user.id }, { token: follower.token })).errors).toBeUndefined();
    expect(await queue().getJob(jobId)).toBeDefined(); // enqueued before the mutation answered
    await waitUntil('the outbox row to be deleted (in the background)', async () => (await outboxRows(jobId)) === 0);
    await followNotified(follower, followee);
  });

  it('writes neither a row nor a job when the transaction rolls back', async () => {
    const [a, b] = await t.factories.members(2);
    const jobId = `follow.${a.user.id}.${b.user.id}`;
    await expect(
      t.app.get(TransactionRunner).run(async (tx) => {
        await apiJobs.enqueueAfterCommit(tx, 'notify.new-follower', { followerId: a.user.id, followeeId: b.user.id }, { jobId });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await outboxRows(jobId)).toBe(0);
    expect(await queue().getJob(jobId)).toBeUndefined();
  });

  it('keeps the job when Redis refuses it after the commit, and the relay enqueues it later', async () => {
    const [follower, followee] = await t.factories.members(2);
    const jobId = `follow.${follower.user.id}.${followee.user.id}`;
    const refused = jest.spyOn(apiJobs, 'addAll').mockRejectedValueOnce(new Error('Redis is away'));
    try {
      const res = await t.gql(FOLLOW, { id: followee.user.id }, { token: follower.token });
      expect(res.errors).toBeUndefined(); // the follow committed: the member is not told about Redis
    } finally {
      refused.mockRestore();
    }
    expect(await outboxRows(jobId)).toBe(1);
    expect(await queue().getJob(jobId)).toBeUndefined();

    expect(await relay.relay(0)).toBeGreaterThanOrEqual(1);
    expect(await outboxRows(jobId)).toBe(0);
    await followNotified(follower, followee);
  });

  it('leaves rows in place while the relay cannot enqueue them', async () => {
    const [follower, followee] = await t.factories.members(2);
    const jobId = `follow.${follower.user.id}.${followee.user.id}`;
    await leftBehind(follower, followee, jobId, '0 seconds');
    const workerJobs = t.worker!.get(JobQueue);
    const refused = jest.spyOn(workerJobs, 'addAll').mockRejectedValueOnce(new Error('Redis is away'));
    try {
      await expect(relay.relay(0)).rejects.toThrow('Redis is away');
    } finally {
      refused.mockRestore();
    }
    expect(await outboxRows(jobId)).toBe(1);
    await relay.relay(0);
    expect(await outboxRows(jobId)).toBe(0);
    await followNotified(follower, followee);
  });

  it('relays on its own what a process left behind when it died between commit and enqueue', async () => {
    const [follower, followee] = await t.factories.members(2);
    const jobId = `follow.${follower.user.id}.${followee.user.id}`;
    await leftBehind(follower, followee, jobId, '10 seconds');
    await followNotified(follower, followee); // no call here: the worker's relay runs every few seconds
    expect(await outboxRows(jobId)).toBe(0);
  });

  /** A follow committed with its outbox row, as by an API process that died before enqueueing (`age` ago). */
  async function leftBehind(follower: TestMember, followee: TestMember, jobId: string, age: string): Promise<void> {
    await t.db.query(
      `WITH f AS (INSERT INTO follow (follower_id, followee_id) VALUES ($1, $2))
       INSERT INTO job_outbox (name, payload, job_id, created_at)
       VALUES ('notify.new-follower', jsonb_build_object('followerId', $1::text, 'followeeId', $2::text), $3, now() - $4::interval)`,
      [follower.user.id, followee.user.id, jobId, age],
    );
  }
});
