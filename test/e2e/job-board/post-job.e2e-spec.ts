import { CommunitiesService, CommunityVisibility } from '@kindling/communities';
import { createTestApp, firstError, TestApp, TestMember } from '@kindling/testing';
import {
  CommunityCast,
  CommunityFixture,
  createCommunity,
  createCommunityCast,
  DAY_MS,
  expectOk,
  JobInput,
  jobInput,
  jobRows,
  outcome,
  POST_JOB,
} from './job-fixtures';

describe('postJob', () => {
  let t: TestApp;
  let poster: TestMember;
  let cast: CommunityCast;
  let privateCommunity: CommunityFixture;

  beforeAll(async () => {
    t = await createTestApp();
    poster = await t.factories.member();
    cast = await createCommunityCast(t);
    privateCommunity = await createCommunity(t, cast, CommunityVisibility.PRIVATE);
  });
  afterAll(() => t.close());

  it('posts an open job with normalised skills that expires in 30 days by default', async () => {
    const before = Date.now();
    const res = await t.gql(
      POST_JOB,
      { input: jobInput({ title: '  Rust engineer ', location: '  ', skills: [' Rust ', 'WASM', 'rust', 'Machine   Learning'] }) },
      { token: poster.token },
    );
    const job = expectOk(res).postJob;
    expect(job).toMatchObject({
      title: 'Rust engineer',
      company: 'Ferrous Systems',
      location: null,
      remote: true,
      employmentType: 'FULL_TIME',
      skills: ['rust', 'wasm', 'machine learning'],
      applyUrl: 'https://jobs.example.com/rust',
      status: 'OPEN',
      postedBy: { handle: poster.user.handle },
      community: null,
    });
    const expiresAt = new Date(job.expiresAt).getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(before + 30 * DAY_MS - 1_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 30 * DAY_MS + 1_000);
  });

  it('keeps an explicit expiry of up to 90 days', async () => {
    const expiresAt = new Date(Date.now() + 90 * DAY_MS - 60_000).toISOString();
    const res = await t.gql(POST_JOB, { input: jobInput({ expiresAt }) }, { token: poster.token });
    expect(expectOk(res).postJob.expiresAt).toBe(expiresAt);
  });

  it('needs a signed-in member', async () => {
    const res = await t.gql(POST_JOB, { input: jobInput() });
    expect(outcome(res)).toBe('UNAUTHENTICATED');
  });

  const long = (n: number) => 'x'.repeat(n);
  const invalid: Array<[string, Partial<JobInput>, string]> = [
    ['a blank title', { title: '   ' }, 'title'],
    ['a title over 140 characters', { title: long(141) }, 'title'],
    ['a blank company', { company: '' }, 'company'],
    ['a company over 120 characters', { company: long(121) }, 'company'],
    ['a blank description', { description: ' ' }, 'description'],
    ['a description over 10,000 characters', { description: long(10_001) }, 'description'],
    ['a location over 120 characters', { location: long(121) }, 'location'],
    ['no skills', { skills: [] }, 'skills'],
    ['21 skills', { skills: Array.from({ length: 21 }, (_, i) => `s${i}`) }, 'skills'],
    ['a blank skill', { skills: ['rust', '  '] }, 'skills'],
    ['a skill over 50 characters', { skills: [long(51)] }, 'skills'],
    ['a javascript: apply URL', { applyUrl: 'javascript:alert(1)' }, 'applyUrl'],
    ['a mailto: apply URL', { applyUrl: 'mailto:jobs@example.com' }, 'applyUrl'],
    ['an ftp: apply URL', { applyUrl: 'ftp://example.com/apply' }, 'applyUrl'],
    ['a relative apply URL', { applyUrl: '/apply' }, 'applyUrl'],
    ['an apply URL over 2,000 characters', { applyUrl: `https://example.com/${long(2_000)}` }, 'applyUrl'],
    ['an expiry in the past', { expiresAt: new Date(Date.now() - 60_000).toISOString() }, 'expiresAt'],
    ['an expiry over 90 days away', { expiresAt: new Date(Date.now() + 91 * DAY_MS).toISOString() }, 'expiresAt'],
    ['a malformed community id', { communityId: 'abc' }, 'communityId'],
  ];

  it.each(invalid)('refuses %s as BAD_USER_INPUT naming the field, writing nothing', async (_, overrides, field) => {
    const member = await t.factories.member();
    const res = await t.gql(POST_JOB, { input: jobInput(overrides) }, { token: member.token });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.data ?? null).toBeNull();
    expect(await jobRows(t, member)).toEqual([]);
  });

  it('refuses an unknown employment type and an unparseable expiry before anything runs', async () => {
    const member = await t.factories.member();
    for (const overrides of [{ employmentType: 'VOLUNTEER' }, { expiresAt: 'next tuesday' }]) {
      const res = await t.gql(POST_JOB, { input: jobInput(overrides) }, { token: member.token });
      expect(outcome(res)).toBe('BAD_USER_INPUT');
    }
    expect(await jobRows(t, member)).toEqual([]);
  });

  it('caps the list at 20 entries, and collapses duplicates', async () => {
    const skills = [...Array.from({ length: 20 }, (_, i) => `skill${i}`), 'SKILL0', ' skill1', 'Skill2 ', 'skill3', 'skill4'];
    const res = await t.gql(POST_JOB, { input: jobInput({ skills }) }, { token: poster.token });
    expect(outcome(res)).toBe('BAD_USER_INPUT'); // the list itself is capped at 20 entries
    const ok = await t.gql(POST_JOB, { input: jobInput({ skills: ['Go', 'go', ' GO '] }) }, { token: poster.token });
    expect(expectOk(ok).postJob.skills).toEqual(['go']);
  });

  describe('in a community', () => {
    it.each([
      ['owner', 'OK'],
      ['moderator', 'OK'],
      ['member', 'OK'],
      ['pending', 'FORBIDDEN'],
      ['banned', 'FORBIDDEN'],
      ['outsider', 'FORBIDDEN'],
    ] as const)('%s → %s', async (who, expected) => {
      const actor = cast[who];
      const before = await jobRows(t, actor);
      const res = await t.gql(POST_JOB, { input: jobInput({ communityId: privateCommunity.id }) }, { token: actor.token });
      expect(outcome(res)).toBe(expected);
      const after = await jobRows(t, actor);
      if (expected === 'OK') {
        expect(res.data!.postJob.community).toEqual({ slug: privateCommunity.slug });
        expect(after).toHaveLength(before.length + 1);
        expect(after.at(-1)).toMatchObject({ community_id: privateCommunity.id, status: 'OPEN' });
      } else {
        expect(firstError(res)!.field).toBe('communityId');
        expect(after).toEqual(before);
      }
    });

    it('is NOT_FOUND for a community that does not exist', async () => {
      const res = await t.gql(POST_JOB, { input: jobInput({ communityId: '999999999' }) }, { token: poster.token });
      expect(firstError(res)).toMatchObject({ code: 'NOT_FOUND', field: 'communityId' });
    });

    it('needs an ACTIVE membership in a public community too', async () => {
      const communities = t.app.get(CommunitiesService);
      const open = await createCommunity(t, await createCommunityCast(t), CommunityVisibility.PUBLIC);
      expect((await communities.require(open.id)).visibility).toBe(CommunityVisibility.PUBLIC);
      const res = await t.gql(POST_JOB, { input: jobInput({ communityId: open.id }) }, { token: poster.token });
      expect(outcome(res)).toBe('FORBIDDEN');
    });
  });
});
