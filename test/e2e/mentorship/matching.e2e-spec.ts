import { randomBytes } from 'node:crypto';
import { CommunitiesService, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { SocialGraphService } from '@kindling/social-graph';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { UsersService } from '@kindling/users';
import { expectOk, mentorProfile, openRoom, outcome, pendingRequest, refusal } from './mentorship-fixtures';

const MATCHES = `query($limit: Int) { mentorMatches(limit: $limit) { score reasons mentor { user { id } expertise } } }`;
const MENTORS = `query($filter: MentorFilter, $first: Int, $after: String) {
  mentors(filter: $filter, first: $first, after: $after) { nodes { user { id } } pageInfo { hasNextPage endCursor } }
}`;

/**
 * Matching and discovery on a fixed population whose skills no other test
 * uses (a random suffix), so the order among them is exact whatever else the
 * shared database holds. Zones without daylight saving keep the scores fixed
 * all year.
 */
describe('mentor matching and discovery', () => {
  let t: TestApp;
  const tag = randomBytes(3).toString('hex');
  const [a, b, c, d] = ['alpha', 'beta', 'gamma', 'delta'].map((w) => `${w}${tag}`);
  let viewer: TestMember;
  const m: Record<string, TestMember> = {};
  let communityName: string;

  beforeAll(async () => {
    t = await createTestApp();
    const member = (name: string, timezone = 'UTC') =>
      t.factories.member({ timezone, displayName: `${name} ${tag}`, handle: `${name.toLowerCase()}_${tag}` });
    viewer = await member('Viewer');
    for (const [name, zone] of [
      ['Best', 'Atlantic/Reykjavik'],
      ['Roomy', 'UTC'],
      ['Busy', 'UTC'],
      ['Far', 'Asia/Tokyo'],
      ['Goal', 'UTC'],
      ['Blocked', 'UTC'],
      ['Current', 'UTC'],
      ['Full', 'UTC'],
      ['Closed', 'UTC'],
      ['Other', 'UTC'],
    ]) {
      m[name] = await member(name, zone);
    }
    await t.app.get(UsersService).updateProfile(viewer.user.id, { interests: [a, b, c], headline: 'Learner' });
    await t.app.get(UsersService).updateProfile(m.Busy.user.id, { headline: `Staff engineer at Wasmcorp${tag}` });

    await mentorProfile(t, m.Best, { expertise: [a, b, c], capacity: 5 });
    await mentorProfile(t, m.Roomy, { expertise: [a, b], capacity: 4 });
    await mentorProfile(t, m.Busy, { expertise: [b, a], capacity: 2 });
    await mentorProfile(t, m.Far, { expertise: [a], capacity: 5 });
    await mentorProfile(t, m.Goal, { expertise: [d], capacity: 5 });
    for (const name of ['Blocked', 'Current', 'Closed'])
      await mentorProfile(t, m[name], { expertise: [a, b, c], capacity: 5, acceptingMentees: name !== 'Closed' });
    await mentorProfile(t, m.Full, { expertise: [a, b, c], capacity: 1 });
    await mentorProfile(t, viewer, { expertise: [a, b, c] }); // never matched with themself

    await openRoom(t, m.Full, m.Other);
    await openRoom(t, m.Current, viewer);
    await t.app.get(SocialGraphService).block(viewer.user.id, m.Blocked.user.id);
    await pendingRequest(t, m.Goal, viewer, [d.toUpperCase()]);

    communityName = `Rustaceans ${tag}`;
    const community = await t.app
      .get(CommunitiesService)
      .create(m.Best.user.id, { slug: `rust-${tag}`, name: communityName, visibility: CommunityVisibility.PUBLIC });
    await t.app.get(MembershipsService).join(viewer.user.id, community.id);
  });
  afterAll(() => t.close());

  const ours = (ids: string[]) => {
    const names = new Map(Object.entries(m).map(([name, member]) => [member.user.id, name]));
    return ids.filter((id) => names.has(id)).map((id) => names.get(id)!);
  };

  it('ranks the population best first with pinned scores, leaving out self, blocked, current, full and closed mentors', async () => {
    const res = expectOk(await t.gql(MATCHES, { limit: 50 }, { token: viewer.token }));
    const matches: Array<{ score: number; reasons: string[]; mentor: { user: { id: string } } }> = res.mentorMatches;
    const byName = new Map(matches.map((x) => [ours([x.mentor.user.id])[0], x]));
    expect(ours(matches.map((x) => x.mentor.user.id))).toEqual(['Best', 'Roomy', 'Busy', 'Goal', 'Far']);
    expect(matches.map((x) => x.mentor.user.id)).not.toContain(viewer.user.id);
    // wanted = 3 interests + 1 request goal: 0.45·3/4 + 0.15·1/2 + 0.15 + 0.075 + 0.10
    expect(byName.get('Best')).toMatchObject({
      score: 0.7375,
      reasons: [
        `Expert in ${a}, ${b} and ${c} — 3 of your 3 interests`,
        `Both members of ${communityName}`,
        'Same time zone',
        '5 open slots',
      ],
    });
    // Same fit (0.45·2/4 + 0.15 + 0.075); the one with more open slots first: + 0.10·4/5 against + 0.10·2/5.
    expect(byName.get('Roomy')).toMatchObject({
      score: 0.53,
      reasons: [`Expert in ${a} and ${b} — 2 of your 3 interests`, 'Same time zone', '4 open slots'],
    });
    expect(byName.get('Busy')).toMatchObject({
      score: 0.49,
      reasons: [`Expert in ${a} and ${b} — 2 of your 3 interests`, 'Same time zone', '2 open slots'],
    });
    expect(byName.get('Goal')).toMatchObject({
      score: 0.4375,
      reasons: [`Can help with ${d} from your mentorship requests`, 'Same time zone', '5 open slots'],
    });
    expect(byName.get('Far')).toMatchObject({
      score: 0.325,
      reasons: [`Expert in ${a} — 1 of your 3 interests`, '9 hours apart', '5 open slots'],
    });
  });

  it('is deterministic and honours the limit', async () => {
    const first = expectOk(await t.gql(MATCHES, { limit: 50 }, { token: viewer.token }));
    const again = expectOk(await t.gql(MATCHES, { limit: 50 }, { token: viewer.token }));
    expect(again).toEqual(first);
    expect(expectOk(await t.gql(MATCHES, { limit: 2 }, { token: viewer.token })).mentorMatches).toHaveLength(2);
  });

  it('validates the limit and needs a viewer', async () => {
    expect(refusal(await t.gql(MATCHES, { limit: 0 }, { token: viewer.token }))).toEqual({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(refusal(await t.gql(MATCHES, { limit: 51 }, { token: viewer.token }))).toEqual({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(outcome(await t.gql(MATCHES, {}))).toBe('UNAUTHENTICATED');
  });

  describe('mentors(filter)', () => {
    const list = async (filter: Record<string, unknown>, token?: string) =>
      ours(
        expectOk(await t.gql(MENTORS, { filter, first: 100 }, { token })).mentors.nodes.map((n: { user: { id: string } }) => n.user.id),
      ).sort((x, y) => x.localeCompare(y));

    it('matches words against names, headlines and expertise, as prefixes', async () => {
      expect(await list({ query: `roomy ${tag}` })).toEqual(['Roomy']);
      expect(await list({ query: `wasmcorp${tag}` })).toEqual(['Busy']);
      expect(await list({ query: d.slice(0, -2) })).toEqual(['Goal']);
      expect(await list({ query: `${tag} nosuchword` })).toEqual([]);
    });

    it('filters by overlapping skills; acceptingOnly (the default) leaves out closed and full mentors', async () => {
      expect(await list({ skills: [c.toUpperCase()] })).toEqual(['Best', 'Blocked', 'Current']);
      expect(await list({ skills: [c], acceptingOnly: false })).toEqual(['Best', 'Blocked', 'Closed', 'Current', 'Full']);
    });

    it('leaves out members in a block with the viewer', async () => {
      expect(await list({ skills: [c] }, viewer.token)).toEqual(['Best', 'Current']);
    });

    it('pages with a cursor, newest profiles first', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = expectOk(await t.gql(MENTORS, { filter: { skills: [a], acceptingOnly: false }, first: 2, after }));
        seen.push(...page.mentors.nodes.map((n: { user: { id: string } }) => n.user.id));
        after = page.mentors.pageInfo.hasNextPage ? page.mentors.pageInfo.endCursor : null;
      } while (after);
      expect(ours(seen)).toEqual(['Full', 'Closed', 'Current', 'Blocked', 'Far', 'Busy', 'Roomy', 'Best']);
    });

    it('shows the profile on the member, with its counters', async () => {
      const res = expectOk(
        await t.gql(
          `query($h: String!) { user(handle: $h) { mentorProfile { expertise capacity activeMenteeCount acceptingMentees averageRating ratingCount user { id } } } }`,
          {
            h: m.Full.user.handle,
          },
        ),
      );
      expect(res.user.mentorProfile).toEqual({
        expertise: [a, b, c],
        capacity: 1,
        activeMenteeCount: 1,
        acceptingMentees: true,
        averageRating: null,
        ratingCount: 0,
        user: { id: m.Full.user.id },
      });
      expect(
        expectOk(await t.gql(`query($h: String!) { user(handle: $h) { mentorProfile { capacity } } }`, { h: m.Other.user.handle })).user
          .mentorProfile,
      ).toBeNull();
    });
  });
});
