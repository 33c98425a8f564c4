import { Clock, JobExpiryService } from '@kindling/job-board';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { CLOSE_JOB, COMMUNITY_JOBS, DAY_MS, expectOk, JOB, JOBS, outcome, postJob, uniqueWord, UPDATE_JOB } from './job-fixtures';

const storedStatus = async (t: TestApp, id: string): Promise<string> =>
  (await t.db.query(`SELECT status::text FROM job_posting WHERE id = $1`, [id]))[0].status;

describe('job expiry (controlled clock)', () => {
  let t: TestApp;
  let clock: Clock;
  let poster: TestMember;
  let now: Date;

  beforeAll(async () => {
    t = await createTestApp();
    clock = t.app.get(Clock);
    poster = await t.factories.member();
  });
  beforeEach(() => {
    now = new Date();
    jest.spyOn(clock, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const travel = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };

  it('reads a job past its expiry as EXPIRED before the sweep, everywhere, and the sweep then stores it', async () => {
    const word = uniqueWord('exp');
    const community = await t.gql(
      `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id slug } }`,
      { input: { slug: `exp-${word.slice(3)}`, name: 'Expiry', visibility: 'PUBLIC' } },
      { token: poster.token },
    );
    const { id: communityId, slug } = expectOk(community).createCommunity;
    const job = await postJob(t, poster, { title: word, communityId, expiresAt: new Date(now.getTime() + DAY_MS).toISOString() });
    const listed = async (filter: object = {}) =>
      expectOk(await t.gql(JOBS, { filter: { query: word, ...filter } })).jobs.nodes.map((n: { id: string; status: string }) => n);
    const inCommunity = async () => expectOk(await t.gql(COMMUNITY_JOBS, { slug })).community.jobs.nodes;

    expect(expectOk(await t.gql(JOB, { id: job.id })).job.status).toBe('OPEN');
    expect(await listed()).toEqual([{ id: job.id, title: word, status: 'OPEN' }]);

    travel(DAY_MS); // exactly at expiresAt: no longer open
    expect(await storedStatus(t, job.id)).toBe('OPEN');
    expect(expectOk(await t.gql(JOB, { id: job.id })).job.status).toBe('EXPIRED');
    expect(await listed()).toEqual([]);
    expect(await inCommunity()).toEqual([]);
    expect(await listed({ status: 'EXPIRED' })).toEqual([{ id: job.id, title: word, status: 'EXPIRED' }]);
    expect(await listed({ status: 'OPEN' })).toEqual([]);
    expect(outcome(await t.gql(UPDATE_JOB, { id: job.id, input: { title: 'still here' } }, { token: poster.token }))).toBe('CONFLICT');
    expect(expectOk(await t.gql(CLOSE_JOB, { id: job.id }, { token: poster.token })).closeJob.status).toBe('EXPIRED');

    const expired = await t.app.get(JobExpiryService).expireDue();
    expect(expired).toBeGreaterThanOrEqual(1);
    expect(await storedStatus(t, job.id)).toBe('EXPIRED');
    expect(expectOk(await t.gql(JOB, { id: job.id })).job.status).toBe('EXPIRED');
    expect(await listed({ status: 'EXPIRED' })).toEqual([{ id: job.id, title: word, status: 'EXPIRED' }]);
  });

  it('the sweep expires only open jobs past their expiry, and running it again changes nothing', async () => {
    const soon = await postJob(t, poster, { expiresAt: new Date(now.getTime() + DAY_MS).toISOString() });
    const later = await postJob(t, poster, { expiresAt: new Date(now.getTime() + 3 * DAY_MS).toISOString() });
    const closed = await postJob(t, poster, { expiresAt: new Date(now.getTime() + DAY_MS).toISOString() });
    expectOk(await t.gql(CLOSE_JOB, { id: closed.id }, { token: poster.token }));

    travel(2 * DAY_MS);
    const sweep = t.app.get(JobExpiryService);
    await sweep.expireDue();
    expect([await storedStatus(t, soon.id), await storedStatus(t, later.id), await storedStatus(t, closed.id)]).toEqual([
      'EXPIRED',
      'OPEN',
      'CLOSED',
    ]);
    const rows = async () =>
      t.db.query(`SELECT id, status, updated_at FROM job_posting WHERE id = ANY($1::bigint[]) ORDER BY id`, [
        [soon.id, later.id, closed.id],
      ]);
    const before = await rows();
    await sweep.expireDue();
    expect(await rows()).toEqual(before);
  });

  it('an expiry set in the past by SQL reads as EXPIRED at once (no clock needed)', async () => {
    jest.restoreAllMocks();
    const job = await postJob(t, poster);
    await t.db.query(`UPDATE job_posting SET expires_at = now() - interval '1 minute' WHERE id = $1`, [job.id]);
    expect(expectOk(await t.gql(JOB, { id: job.id })).job.status).toBe('EXPIRED');
    expect(await t.app.get(JobExpiryService).expireDue()).toBeGreaterThanOrEqual(1);
    expect(await storedStatus(t, job.id)).toBe('EXPIRED');
  });

  it('defaults and limits expiry from the clock, not the wall', async () => {
    travel(365 * DAY_MS);
    const job = await postJob(t, poster);
    expect(new Date(job.expiresAt).getTime()).toBe(now.getTime() + 30 * DAY_MS);
    const wallTomorrow = new Date(Date.now() + DAY_MS).toISOString(); // in the clock's past
    const res = await t.gql(UPDATE_JOB, { id: job.id, input: { expiresAt: wallTomorrow } }, { token: poster.token });
    expect(outcome(res)).toBe('BAD_USER_INPUT');
  });
});
