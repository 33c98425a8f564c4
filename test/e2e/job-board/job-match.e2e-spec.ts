import { Job } from 'bullmq';
import { CommunityVisibility, MembershipsService } from '@kindling/communities';
import { JobQueue, JOBS } from '@kindling/jobs';
import { SocialGraphService } from '@kindling/social-graph';
import { createTestApp, TestApp, TestMember, uniqueWord, waitUntil } from '@kindling/testing';
import { JobMatchHandler, MEMBER_BATCH } from '../../../apps/worker/src/job-board/job-match.handler';
import {
  CLOSE_JOB,
  CommunityCast,
  CommunityFixture,
  createCommunity,
  createCommunityCast,
  expectOk,
  postJob,
  setSkills,
} from './job-fixtures';

const INBOX = `{ notifications(first: 50) { nodes { type actorCount actors { handle } job { id title status community { slug } } } } }`;

describe('JOB_MATCH notifications (worker)', () => {
  let t: TestApp;
  let jobs: JobQueue;
  let handler: JobMatchHandler;
  let cast: CommunityCast;
  let community: CommunityFixture;
  /** Extra ACTIVE members, by the skills they list. */
  let extra: Record<'rustOnly' | 'tokioWasm' | 'none' | 'goPython', TestMember>;

  const queue = () => jobs.queue(JOBS['notify.job-match'].queue);

  /** Waits until `count` notify.job-match jobs of this job posting have run (the chain of batches), and returns them. */
  const matchJobsSettled = (jobPostingId: string, count = 1) =>
    waitUntil(`notify.job-match of job ${jobPostingId} to settle`, async () => {
      const all = (await queue().getJobs(['completed', 'failed', 'active', 'waiting', 'delayed', 'prioritized'])).filter(
        (j: Job) => j.name === 'notify.job-match' && j.data.jobPostingId === jobPostingId,
      );
      const states = await Promise.all(all.map((j) => j.getState()));
      return all.length === count && states.every((s) => s === 'completed') ? all : undefined;
    });

  /** User ids notified of JOB_MATCH for this job. */
  const notifiedIds = async (jobPostingId: string): Promise<string[]> =>
    (
      (await t.db.query(`SELECT recipient_id::text FROM notification WHERE type = 'JOB_MATCH' AND job_id = $1`, [jobPostingId])) as Array<{
        recipient_id: string;
      }>
    )
      .map((r) => r.recipient_id)
      .sort((a, b) => Number(a) - Number(b));

  const idsOf = (...members: TestMember[]) => members.map((m) => m.user.id).sort((a, b) => Number(a) - Number(b));

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    jobs = t.app.get(JobQueue);
    handler = t.worker!.get(JobMatchHandler);
    cast = await createCommunityCast(t);
    community = await createCommunity(t, cast, CommunityVisibility.PRIVATE);
    const [rustOnly, tokioWasm, none, goPython] = await t.factories.members(4);
    extra = { rustOnly, tokioWasm, none, goPython };
    const memberships = t.app.get(MembershipsService);
    for (const m of Object.values(extra)) {
      const request = await memberships.join(m.user.id, community.id);
      await memberships.review(cast.owner.user.id, request.id, true);
    }
    await Promise.all([
      setSkills(t, cast.owner, ['rust', 'wasm']),
      setSkills(t, cast.moderator, ['Rust', 'WASM', 'go']),
      setSkills(t, cast.member, ['rust', 'wasm', 'tokio']), // the poster: never told of their own job
      setSkills(t, cast.pending, ['rust', 'wasm']),
      setSkills(t, cast.banned, ['rust', 'wasm']),
      setSkills(t, cast.outsider, ['rust', 'wasm']),
      setSkills(t, rustOnly, ['rust']),
      setSkills(t, tokioWasm, ['tokio', 'wasm']),
      setSkills(t, goPython, ['go', 'python']),
    ]);
  });
  afterEach(() => {
    handler.batchSize = MEMBER_BATCH;
  });
  afterAll(() => t.close());

  it('tells the ACTIVE members sharing at least two skills, never the poster, pending, banned or outsiders', async () => {
    const job = await postJob(t, cast.member, { communityId: community.id, skills: ['rust', 'wasm', 'tokio'] });
    await matchJobsSettled(job.id);
    expect(await notifiedIds(job.id)).toEqual(idsOf(cast.owner, cast.moderator, extra.tokioWasm));

    const inbox = expectOk(await t.gql(INBOX, {}, { token: extra.tokioWasm.token })).notifications.nodes;
    expect(inbox).toContainEqual({
      type: 'JOB_MATCH',
      actorCount: 1,
      actors: [{ handle: cast.member.user.handle }],
      job: { id: job.id, title: job.title, status: 'OPEN', community: { slug: community.slug } },
    });
  });

  it('needs the one skill of a job that lists one', async () => {
    const job = await postJob(t, cast.member, { communityId: community.id, skills: ['Go'] });
    await matchJobsSettled(job.id);
    expect(await notifiedIds(job.id)).toEqual(idsOf(cast.moderator, extra.goPython));
  });

  it('walks the members in batches, each job enqueueing the next, and reaches everyone', async () => {
    handler.batchSize = 2;
    const job = await postJob(t, cast.member, { communityId: community.id, skills: ['rust', 'wasm', 'tokio'] });
    const active = (
      await t.db.query(`SELECT count(*)::int AS n FROM membership WHERE community_id = $1 AND status = 'ACTIVE'`, [community.id])
    )[0].n;
    expect(active).toBe(7); // batches of 2, 2, 2 and 1
    const ran = await matchJobsSettled(job.id, Math.ceil(active / 2));
    expect(ran.map((j) => j.id)).toContain(`job-match.${job.id}`);
    expect(ran.filter((j) => j.id !== `job-match.${job.id}`).every((j) => j.id === `job-match.${job.id}.${j.data.cursor}`)).toBe(true);
    expect(await notifiedIds(job.id)).toEqual(idsOf(cast.owner, cast.moderator, extra.tokioWasm));
  });

  it('is idempotent: running a batch again adds no notification and no actor', async () => {
    const job = await postJob(t, cast.member, { communityId: community.id, skills: ['rust', 'wasm'] });
    await matchJobsSettled(job.id);
    const snapshot = () => t.db.query(`SELECT id, actor_count, updated_at FROM notification WHERE job_id = $1 ORDER BY id`, [job.id]);
    const before = await snapshot();
    expect(await handler.handle({ jobPostingId: job.id })).toBe(before.length);
    expect((await snapshot()).map((r: { id: string; actor_count: number }) => [r.id, r.actor_count])).toEqual(
      before.map((r: { id: string; actor_count: number }) => [r.id, r.actor_count]),
    );
  });

  it('tells nobody about a job closed before the worker got to it', async () => {
    const job = await postJob(t, cast.member, { communityId: community.id, skills: ['rust', 'wasm'] });
    await matchJobsSettled(job.id);
    expectOk(await t.gql(CLOSE_JOB, { id: job.id }, { token: cast.member.token }));
    await t.db.query(`DELETE FROM notification WHERE job_id = $1`, [job.id]);
    expect(await handler.handle({ jobPostingId: job.id })).toBe(0);
    expect(await notifiedIds(job.id)).toEqual([]);
  });

  it('tells every matching member of a job outside communities (blocks respected), at most one JOB_MATCH a day each', async () => {
    const [s1, s2] = [uniqueWord('sk'), uniqueWord('sk')];
    const [poster, both, one, blocker, later] = await t.factories.members(5);
    await Promise.all([
      setSkills(t, both, [s1, s2]),
      setSkills(t, one, [s1]),
      setSkills(t, blocker, [s1, s2]),
      setSkills(t, later, [s2, s1, 'cobol']),
    ]);
    await t.app.get(SocialGraphService).block(blocker.user.id, poster.user.id);
    const first = await postJob(t, poster, { skills: [s1, s2] });
    await matchJobsSettled(first.id);
    expect(await notifiedIds(first.id)).toEqual(idsOf(both, later));

    // A second job the same day: nobody told of the first hears of it; a single-skill job reaches the one-skill member.
    const second = await postJob(t, poster, { skills: [s1, s2] });
    const single = await postJob(t, poster, { skills: [s1] });
    await matchJobsSettled(second.id);
    await matchJobsSettled(single.id);
    expect(await notifiedIds(second.id)).toEqual([]);
    expect(await notifiedIds(single.id)).toEqual(idsOf(one));
  });

  it('Notification.job reads as null once the recipient may no longer see the job', async () => {
    const [leaver] = await t.factories.members(1);
    const memberships = t.app.get(MembershipsService);
    await memberships.review(cast.owner.user.id, (await memberships.join(leaver.user.id, community.id)).id, true);
    await setSkills(t, leaver, ['rust', 'wasm']);
    const job = await postJob(t, cast.member, { communityId: community.id, skills: ['rust', 'wasm'] });
    await matchJobsSettled(job.id);
    const jobOfInbox = async () =>
      expectOk(await t.gql(INBOX, {}, { token: leaver.token })).notifications.nodes.filter((n: { type: string }) => n.type === 'JOB_MATCH');
    expect((await jobOfInbox()).map((n: { job: { id: string } | null }) => n.job?.id)).toEqual([job.id]);
    await memberships.leave(leaver.user.id, community.id);
    expect((await jobOfInbox()).map((n: { job: unknown }) => n.job)).toEqual([null]);
  });
});

describe('jobs.expire (worker)', () => {
  let t: TestApp;
  let jobs: JobQueue;
  let poster: TestMember;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    jobs = t.app.get(JobQueue);
    poster = await t.factories.member();
  });
  afterAll(() => t.close());

  it('is scheduled hourly on the maintenance queue', async () => {
    const scheduler = await jobs.queue(JOBS['jobs.expire'].queue).getJobScheduler('jobs.expire.hourly');
    expect(scheduler).toMatchObject({ name: 'jobs.expire', pattern: '7 * * * *' });
  });

  it('stores EXPIRED on open jobs whose expiry has passed (set in the past by SQL)', async () => {
    const [past, future] = [await postJob(t, poster), await postJob(t, poster)];
    await t.db.query(`UPDATE job_posting SET expires_at = now() - interval '1 hour' WHERE id = $1`, [past.id]);
    const jobId = `jobs-expire.test.${past.id}`;
    await jobs.enqueue('jobs.expire', {}, { jobId });
    const queue = jobs.queue(JOBS['jobs.expire'].queue);
    await waitUntil('the expiry job to complete', async () => (await (await queue.getJob(jobId))?.getState()) === 'completed');
    const statuses = await t.db.query(`SELECT id::text, status::text FROM job_posting WHERE id = ANY($1::bigint[]) ORDER BY id`, [
      [past.id, future.id],
    ]);
    expect(statuses).toEqual([
      { id: past.id, status: 'EXPIRED' },
      { id: future.id, status: 'OPEN' },
    ]);
    expect((await queue.getJob(jobId))!.returnvalue).toBeGreaterThanOrEqual(1);
  });
});
