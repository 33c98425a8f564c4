import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, firstError, TestApp, TestMember } from '@kindling/testing';
import {
  CLOSE_JOB,
  CommunityCast,
  CommunityFixture,
  createCommunity,
  createCommunityCast,
  DAY_MS,
  expectOk,
  moderationLog,
  outcome,
  postJob,
  UPDATE_JOB,
} from './job-fixtures';

type Actor = 'anonymous' | keyof CommunityCast;

const jobRow = async (t: TestApp, id: string) => (await t.db.query(`SELECT * FROM job_posting WHERE id = $1`, [id]))[0];

describe('updateJob and closeJob', () => {
  let t: TestApp;
  let cast: CommunityCast;
  let community: CommunityFixture;
  /** An active member who posts the community's jobs (neither owner nor moderator). */
  let poster: TestMember;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCommunityCast(t);
    community = await createCommunity(t, cast, CommunityVisibility.PRIVATE);
    poster = cast.member;
  });
  afterAll(() => t.close());

  const tokenOf = (actor: Actor) => (actor === 'anonymous' ? undefined : cast[actor].token);

  // The poster is the community's plain member; everyone else acts on their job.
  const matrix: Array<[Actor, string, boolean]> = [
    ['member', 'OK', false],
    ['moderator', 'OK', true],
    ['owner', 'OK', true],
    ['pending', 'NOT_FOUND', false],
    ['banned', 'NOT_FOUND', false],
    ['outsider', 'NOT_FOUND', false],
    ['anonymous', 'UNAUTHENTICATED', false],
  ];

  it.each(matrix)('closeJob by %s → %s (logged: %s)', async (actor, expected, logged) => {
    const job = await postJob(t, poster, { communityId: community.id });
    const [rowBefore, logBefore] = [await jobRow(t, job.id), await moderationLog(t, community.id)];
    const res = await t.gql(CLOSE_JOB, { id: job.id }, { token: tokenOf(actor) });
    expect(outcome(res)).toBe(expected);
    const [rowAfter, logAfter] = [await jobRow(t, job.id), await moderationLog(t, community.id)];
    if (expected !== 'OK') {
      expect(res.data ?? null).toBeNull();
      expect(rowAfter).toEqual(rowBefore);
      expect(logAfter).toEqual(logBefore);
      return;
    }
    expect(res.data!.closeJob).toEqual({ id: job.id, status: 'CLOSED' });
    expect(rowAfter).toMatchObject({ status: 'CLOSED', closed_at: expect.any(Date) });
    const appended = logAfter.slice(logBefore.length);
    expect(appended).toEqual(
      logged
        ? [
            {
              type: 'CLOSE_JOB',
              moderator_id: cast[actor as keyof CommunityCast].user.id,
              target_user_id: poster.user.id,
              subject_id: job.id,
            },
          ]
        : [],
    );
  });

  it.each(matrix)('updateJob by %s → %s', async (actor, expected) => {
    const job = await postJob(t, poster, { communityId: community.id });
    const before = await jobRow(t, job.id);
    const res = await t.gql(UPDATE_JOB, { id: job.id, input: { title: 'Staff Rust engineer' } }, { token: tokenOf(actor) });
    expect(outcome(res)).toBe(expected);
    const after = await jobRow(t, job.id);
    if (expected === 'OK') expect(after.title).toBe('Staff Rust engineer');
    else expect(after).toEqual(before);
  });

  it('refuses a member of the community who neither posted nor moderates: FORBIDDEN', async () => {
    const job = await postJob(t, cast.moderator, { communityId: community.id });
    for (const query of [CLOSE_JOB, UPDATE_JOB]) {
      const res = await t.gql(query, { id: job.id, input: { title: 'Mine now' } }, { token: poster.token });
      expect(outcome(res)).toBe('FORBIDDEN');
    }
    expect(await jobRow(t, job.id)).toMatchObject({ status: 'OPEN', title: 'Senior Rust engineer' });
  });

  it('leaves jobs outside communities to their poster alone', async () => {
    const [owner, other] = await t.factories.members(2);
    const job = await postJob(t, owner);
    expect(outcome(await t.gql(CLOSE_JOB, { id: job.id }, { token: other.token }))).toBe('FORBIDDEN');
    expect(outcome(await t.gql(UPDATE_JOB, { id: job.id, input: { remote: false } }, { token: other.token }))).toBe('FORBIDDEN');
    expect(expectOk(await t.gql(CLOSE_JOB, { id: job.id }, { token: owner.token })).closeJob.status).toBe('CLOSED');
  });

  it('a poster who moderates closes their own job without a log entry', async () => {
    const job = await postJob(t, cast.moderator, { communityId: community.id });
    const before = await moderationLog(t, community.id);
    expect(expectOk(await t.gql(CLOSE_JOB, { id: job.id }, { token: cast.moderator.token })).closeJob.status).toBe('CLOSED');
    expect(await moderationLog(t, community.id)).toEqual(before);
  });

  it('closing twice is idempotent: the second call changes and logs nothing', async () => {
    const job = await postJob(t, poster, { communityId: community.id });
    expectOk(await t.gql(CLOSE_JOB, { id: job.id }, { token: cast.owner.token }));
    const [row, log] = [await jobRow(t, job.id), await moderationLog(t, community.id)];
    expect(expectOk(await t.gql(CLOSE_JOB, { id: job.id }, { token: cast.moderator.token })).closeJob.status).toBe('CLOSED');
    expect(await jobRow(t, job.id)).toEqual(row);
    expect(await moderationLog(t, community.id)).toEqual(log);
  });

  it('shows CLOSE_JOB in the community moderation log', async () => {
    const job = await postJob(t, poster, { communityId: community.id });
    expectOk(await t.gql(CLOSE_JOB, { id: job.id }, { token: cast.moderator.token }));
    const res = await t.gql(
      `query($slug: String!) { community(slug: $slug) { moderationLog(first: 1) { nodes { type moderator { handle } targetUser { handle } } } } }`,
      { slug: community.slug },
      { token: cast.owner.token },
    );
    expect(expectOk(res).community.moderationLog.nodes).toEqual([
      { type: 'CLOSE_JOB', moderator: { handle: cast.moderator.user.handle }, targetUser: { handle: poster.user.handle } },
    ]);
  });

  describe('updateJob', () => {
    it('changes what it is given, clears location with null and keeps the rest', async () => {
      const job = await postJob(t, poster);
      const expiresAt = new Date(Date.now() + 60 * DAY_MS).toISOString();
      const res = await t.gql(
        UPDATE_JOB,
        { id: job.id, input: { description: 'Now with more WASM.', location: null, remote: false, skills: ['WASM', ' Rust'], expiresAt } },
        { token: poster.token },
      );
      expect(expectOk(res).updateJob).toEqual({
        ...job,
        description: 'Now with more WASM.',
        location: null,
        remote: false,
        skills: ['wasm', 'rust'],
        expiresAt,
      });
    });

    it.each([
      ['a blank title', { title: ' ' }, 'title'],
      ['a null title', { title: null }, 'title'],
      ['a null remote', { remote: null }, 'remote'],
      ['no skills', { skills: [] }, 'skills'],
      ['a data: URL', { applyUrl: 'data:text/html,hi' }, 'applyUrl'],
      ['an expiry in the past', { expiresAt: new Date(Date.now() - DAY_MS).toISOString() }, 'expiresAt'],
      ['an expiry over 90 days away', { expiresAt: new Date(Date.now() + 100 * DAY_MS).toISOString() }, 'expiresAt'],
      ['a company (not editable)', { company: 'Other' }, undefined],
    ])('refuses %s as BAD_USER_INPUT, changing nothing', async (_, input, field) => {
      const job = await postJob(t, poster);
      const before = await jobRow(t, job.id);
      const res = await t.gql(UPDATE_JOB, { id: job.id, input }, { token: poster.token });
      expect(outcome(res)).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      if (field) expect(firstError(res)!.field).toBe(field);
      expect(await jobRow(t, job.id)).toEqual(before);
    });

    it('refuses a closed job: CONFLICT', async () => {
      const job = await postJob(t, poster);
      expectOk(await t.gql(CLOSE_JOB, { id: job.id }, { token: poster.token }));
      const res = await t.gql(UPDATE_JOB, { id: job.id, input: { title: 'Reopened?' } }, { token: poster.token });
      expect(outcome(res)).toBe('CONFLICT');
    });

    it('is NOT_FOUND for a job that does not exist and BAD_USER_INPUT for a malformed id', async () => {
      expect(outcome(await t.gql(UPDATE_JOB, { id: '999999999', input: { title: 'x' } }, { token: poster.token }))).toBe('NOT_FOUND');
      expect(firstError(await t.gql(CLOSE_JOB, { id: 'nope' }, { token: poster.token }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
    });
  });
});
