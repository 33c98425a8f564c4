import { CommunitiesService, CommunityRole, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { createTestApp, firstError, TestApp, TestMember, waitUntil } from '@kindling/testing';
import { CREATE_COMMUNITY, expectOk, memberCounts, outcome, snapshot, uniqueSlug, uniqueWord } from './community-fixtures';

const JOIN = `mutation($id: ID!) { joinCommunity(communityId: $id) { id role status } }`;
const LEAVE = `mutation($id: ID!) { leaveCommunity(communityId: $id) }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!) { reviewMembership(membershipId: $id, approve: $approve) { id role status user { handle } } }`;
const SET_ROLE = `mutation($c: ID!, $u: ID!, $role: CommunityRole!) { setMemberRole(communityId: $c, userId: $u, role: $role) { role status } }`;
const BAN = `mutation($c: ID!, $u: ID!, $reason: String) { banMember(communityId: $c, userId: $u, reason: $reason) { role status } }`;
const UNBAN = `mutation($c: ID!, $u: ID!) { unbanMember(communityId: $c, userId: $u) }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCommunityInput!) { updateCommunity(id: $id, input: $input) { name } }`;
const LOG = `query($slug: String!, $first: Int, $after: String) {
  community(slug: $slug) {
    moderationLog(first: $first, after: $after) {
      nodes { type reason moderator { handle } targetUser { handle } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

describe('membership rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const create = async (owner: TestMember, visibility: 'PUBLIC' | 'PRIVATE') => {
    const slug = uniqueSlug('rules');
    const res = await t.gql(CREATE_COMMUNITY, { input: { slug, name: 'Rules', visibility } }, { token: owner.token });
    return { id: expectOk(res).createCommunity.id as string, slug };
  };
  const call = (query: string, variables: Record<string, unknown>, who?: TestMember) => t.gql(query, variables, { token: who?.token });

  describe('joining and leaving', () => {
    it('joining a public community twice returns the same ACTIVE membership and counts once', async () => {
      const [owner, ana] = await t.factories.members(2);
      const { id } = await create(owner, 'PUBLIC');
      const first = expectOk(await call(JOIN, { id }, ana)).joinCommunity;
      const second = expectOk(await call(JOIN, { id }, ana)).joinCommunity;
      expect(first).toMatchObject({ role: 'MEMBER', status: 'ACTIVE' });
      expect(second).toEqual(first);
      expect(await memberCounts(t, id)).toEqual({ memberCount: 2, activeRows: 2 });
    });

    it('requesting to join a private community twice returns the same PENDING request', async () => {
      const [owner, ana] = await t.factories.members(2);
      const { id } = await create(owner, 'PRIVATE');
      const first = expectOk(await call(JOIN, { id }, ana)).joinCommunity;
      expect(expectOk(await call(JOIN, { id }, ana)).joinCommunity).toEqual(first);
      expect(first).toMatchObject({ status: 'PENDING' });
      expect((await snapshot(t, id)).memberships).toHaveLength(2);
      expect(await memberCounts(t, id)).toEqual({ memberCount: 1, activeRows: 1 });
    });

    it('a banned member cannot join (FORBIDDEN) nor shed the ban by leaving; after an unban they join again', async () => {
      const [owner, ana] = await t.factories.members(2);
      const { id } = await create(owner, 'PUBLIC');
      expectOk(await call(JOIN, { id }, ana));
      expectOk(await call(BAN, { c: id, u: ana.user.id, reason: 'spam' }, owner));
      const before = await snapshot(t, id);

      expect(outcome(await call(JOIN, { id }, ana))).toBe('FORBIDDEN');
      expect(expectOk(await call(LEAVE, { id }, ana)).leaveCommunity).toBe(false);
      expect(outcome(await call(JOIN, { id }, ana))).toBe('FORBIDDEN');
      expect(await snapshot(t, id)).toEqual(before);

      expect(expectOk(await call(UNBAN, { c: id, u: ana.user.id }, owner)).unbanMember).toBe(true);
      expect(expectOk(await call(UNBAN, { c: id, u: ana.user.id }, owner)).unbanMember).toBe(false);
      expect(expectOk(await call(JOIN, { id }, ana)).joinCommunity).toMatchObject({ role: 'MEMBER', status: 'ACTIVE' });
      expect(await memberCounts(t, id)).toEqual({ memberCount: 2, activeRows: 2 });
    });

    it('the last owner can neither leave nor step down (CONFLICT); a second owner makes both possible', async () => {
      const [first, second] = await t.factories.members(2);
      const { id } = await create(first, 'PUBLIC');
      expectOk(await call(JOIN, { id }, second));
      const before = await snapshot(t, id);
      expect(outcome(await call(LEAVE, { id }, first))).toBe('CONFLICT');
      expect(outcome(await call(SET_ROLE, { c: id, u: first.user.id, role: 'MEMBER' }, first))).toBe('CONFLICT');
      expect(outcome(await call(SET_ROLE, { c: id, u: first.user.id, role: 'MODERATOR' }, first))).toBe('CONFLICT');
      expect(await snapshot(t, id)).toEqual(before);

      expect(expectOk(await call(SET_ROLE, { c: id, u: second.user.id, role: 'OWNER' }, first)).setMemberRole.role).toBe('OWNER');
      expect(expectOk(await call(SET_ROLE, { c: id, u: first.user.id, role: 'MODERATOR' }, first)).setMemberRole.role).toBe('MODERATOR');
      // Now `second` is the last owner, and the former owner, a moderator, cannot touch them.
      expect(outcome(await call(LEAVE, { id }, second))).toBe('CONFLICT');
      expect(outcome(await call(SET_ROLE, { c: id, u: second.user.id, role: 'MEMBER' }, first))).toBe('FORBIDDEN');
      expect(outcome(await call(BAN, { c: id, u: second.user.id }, first))).toBe('FORBIDDEN');

      expectOk(await call(SET_ROLE, { c: id, u: first.user.id, role: 'OWNER' }, second));
      // Two owners: neither can ban the other.
      expect(outcome(await call(BAN, { c: id, u: first.user.id }, second))).toBe('FORBIDDEN');
      expect(outcome(await call(BAN, { c: id, u: second.user.id }, first))).toBe('FORBIDDEN');
      expect(expectOk(await call(LEAVE, { id }, second)).leaveCommunity).toBe(true);
      const owners = await t.db.query(`SELECT user_id::text FROM membership WHERE community_id = $1 AND role = 'OWNER'`, [id]);
      expect(owners).toEqual([{ user_id: first.user.id }]);
      expect(await memberCounts(t, id)).toEqual({ memberCount: 1, activeRows: 1 });
    });

    it('only owners change roles: moderators, members and outsiders alike are refused with reason OWNER_ONLY', async () => {
      const [owner, mod, member, outsider] = await t.factories.members(4);
      const { id } = await create(owner, 'PUBLIC');
      for (const who of [mod, member]) expectOk(await call(JOIN, { id }, who));
      expectOk(await call(SET_ROLE, { c: id, u: mod.user.id, role: 'MODERATOR' }, owner));
      for (const who of [mod, member, outsider]) {
        const res = await call(SET_ROLE, { c: id, u: member.user.id, role: 'MODERATOR' }, who);
        expect({ code: outcome(res), reason: res.errors?.[0]?.extensions?.reason }).toEqual({ code: 'FORBIDDEN', reason: 'OWNER_ONLY' });
      }
    });

    it('roles are only for ACTIVE members: a request or a ban is CONFLICT, a stranger NOT_FOUND, and nothing changes', async () => {
      const [owner, asking, bannedOne, stranger] = await t.factories.members(4);
      const { id } = await create(owner, 'PRIVATE');
      expectOk(await call(JOIN, { id }, asking));
      expectOk(await call(BAN, { c: id, u: bannedOne.user.id }, owner));
      const before = await snapshot(t, id);
      const roleOf = (who: TestMember, role: string) => call(SET_ROLE, { c: id, u: who.user.id, role }, owner);
      expect(outcome(await roleOf(asking, 'MODERATOR'))).toBe('CONFLICT');
      expect(outcome(await roleOf(bannedOne, 'OWNER'))).toBe('CONFLICT');
      expect(outcome(await roleOf(stranger, 'MODERATOR'))).toBe('NOT_FOUND');
      expect(await snapshot(t, id)).toEqual(before);
    });

    it('rejecting a request deletes it and answers with it as REJECTED; the member may ask again', async () => {
      const [owner, ana] = await t.factories.members(2);
      const { id } = await create(owner, 'PRIVATE');
      const request = expectOk(await call(JOIN, { id }, ana)).joinCommunity;
      const rejected = expectOk(await call(REVIEW, { id: request.id, approve: false }, owner)).reviewMembership;
      expect(rejected).toEqual({ id: request.id, role: 'MEMBER', status: 'REJECTED', user: { handle: ana.user.handle } });
      expect(await t.db.query(`SELECT id FROM membership WHERE id = $1`, [request.id])).toEqual([]);
      expect(outcome(await call(REVIEW, { id: request.id, approve: true }, owner))).toBe('NOT_FOUND');

      const again = expectOk(await call(JOIN, { id }, ana)).joinCommunity;
      expect(again.status).toBe('PENDING');
      expect(again.id).not.toBe(request.id);
      expect(expectOk(await call(REVIEW, { id: again.id, approve: true }, owner)).reviewMembership.status).toBe('ACTIVE');
      // An approved membership is no longer a request.
      expect(outcome(await call(REVIEW, { id: again.id, approve: false }, owner))).toBe('CONFLICT');
      expect(await memberCounts(t, id)).toEqual({ memberCount: 2, activeRows: 2 });
    });
  });

  it('every moderator action lands in moderationLog, newest first, with moderator, target and reason', async () => {
    const [owner, mod, approved, rejected, spammer, stranger] = await t.factories.members(6);
    const { id, slug } = await create(owner, 'PRIVATE');
    const memberships = t.app.get(MembershipsService);
    await memberships.review(owner.user.id, (await memberships.join(mod.user.id, id)).id, true);
    expectOk(await call(SET_ROLE, { c: id, u: mod.user.id, role: 'MODERATOR' }, owner));
    const approve = await memberships.join(approved.user.id, id);
    const reject = await memberships.join(rejected.user.id, id);
    await memberships.review(owner.user.id, (await memberships.join(spammer.user.id, id)).id, true);

    expectOk(await call(REVIEW, { id: approve.id, approve: true }, mod));
    expectOk(await call(REVIEW, { id: reject.id, approve: false }, mod));
    expectOk(await call(BAN, { c: id, u: spammer.user.id, reason: '  posting spam links  ' }, mod));
    expectOk(await call(BAN, { c: id, u: stranger.user.id, reason: '   ' }, mod));
    expectOk(await call(UNBAN, { c: id, u: stranger.user.id }, owner));
    expectOk(await call(SET_ROLE, { c: id, u: approved.user.id, role: 'MODERATOR' }, owner));

    const entry = (type: string, by: TestMember, target: TestMember, reason: string | null = null) => ({
      type,
      reason,
      moderator: { handle: by.user.handle },
      targetUser: { handle: target.user.handle },
    });
    const expected = [
      entry('SET_ROLE', owner, approved, 'MEMBER → MODERATOR'),
      entry('UNBAN_MEMBER', owner, stranger),
      entry('BAN_MEMBER', mod, stranger),
      entry('BAN_MEMBER', mod, spammer, 'posting spam links'),
      entry('REJECT_MEMBER', mod, rejected),
      entry('APPROVE_MEMBER', mod, approved),
      entry('APPROVE_MEMBER', owner, spammer),
      entry('SET_ROLE', owner, mod, 'MEMBER → MODERATOR'),
      entry('APPROVE_MEMBER', owner, mod),
    ];
    const log = expectOk(await call(LOG, { slug, first: 100 }, mod)).community.moderationLog;
    expect(log.nodes).toEqual(expected);

    const paged: unknown[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { nodes, pageInfo }: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = expectOk(
        await call(LOG, { slug, first: 4, after }, owner),
      ).community.moderationLog;
      paged.push(...nodes);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(paged).toEqual(expected);
  });

  describe('bad input is BAD_USER_INPUT naming the field, and writes nothing', () => {
    const long = (n: number) => 'x'.repeat(n);
    const input = (over: Record<string, unknown>) => ({ slug: uniqueSlug(), name: 'Fine', visibility: 'PUBLIC', ...over });

    it.each<[string, Record<string, unknown>, string]>([
      ['slug ab (too short)', { slug: 'ab' }, 'slug'],
      ['slug -abc (leading dash)', { slug: '-abc' }, 'slug'],
      ['slug abc- (trailing dash)', { slug: 'abc-' }, 'slug'],
      ['slug ABC (upper case)', { slug: 'ABC' }, 'slug'],
      ['slug of 41 chars', { slug: 'a'.repeat(41) }, 'slug'],
      ['slug with a space', { slug: 'ab cd' }, 'slug'],
      ['slug with an underscore', { slug: 'ab_cd' }, 'slug'],
      ['blank name', { name: '   ' }, 'name'],
      ['empty name', { name: '' }, 'name'],
      ['name of 81 chars', { name: long(81) }, 'name'],
      ['description of 2001 chars', { description: long(2001) }, 'description'],
    ])('createCommunity: %s', async (_, over, field) => {
      const viewer = await t.factories.member();
      const res = await call(CREATE_COMMUNITY, { input: input(over) }, viewer);
      expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const [{ n }] = await t.db.query(
        `SELECT (SELECT count(*) FROM community WHERE created_by_id = $1) + (SELECT count(*) FROM membership WHERE user_id = $1) AS n`,
        [viewer.user.id],
      );
      expect(Number(n)).toBe(0);
    });

    it('createCommunity at every limit (slug 40 and 3 chars, name 80, description 2000) is accepted', async () => {
      const viewer = await t.factories.member();
      const slug = `z${uniqueSlug('edge')}`.padEnd(40, '9');
      const res = await call(CREATE_COMMUNITY, { input: { slug, name: long(80), description: long(2000), visibility: 'PRIVATE' } }, viewer);
      expect(expectOk(res).createCommunity).toMatchObject({ slug, name: long(80), memberCount: 1 });
      const short = `q${uniqueWord('').slice(0, 2)}`;
      expect(expectOk(await call(CREATE_COMMUNITY, { input: input({ slug: short }) }, viewer)).createCommunity.slug).toBe(short);
    });

    it('a duplicate slug is CONFLICT on slug, and neither a second community nor a membership is written', async () => {
      const [first, second] = await t.factories.members(2);
      const { slug } = await create(first, 'PUBLIC');
      const res = await call(CREATE_COMMUNITY, { input: input({ slug, name: 'Copycat' }) }, second);
      expect(firstError(res)).toMatchObject({ code: 'CONFLICT', field: 'slug' });
      expect(await t.db.query(`SELECT name FROM community WHERE slug = $1`, [slug])).toEqual([{ name: 'Rules' }]);
      expect(await t.db.query(`SELECT id FROM membership WHERE user_id = $1`, [second.user.id])).toEqual([]);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['blank name', { name: '  ' }, 'name'],
      ['null name', { name: null }, 'name'],
      ['name of 81 chars', { name: long(81) }, 'name'],
      ['description of 2001 chars', { description: long(2001) }, 'description'],
    ])('updateCommunity: %s', async (_, change, field) => {
      const owner = await t.factories.member();
      const { id } = await create(owner, 'PUBLIC');
      const before = await snapshot(t, id);
      expect(firstError(await call(UPDATE, { id, input: change }, owner))).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await snapshot(t, id)).toEqual(before);
    });

    it('a ban reason of 501 chars is refused on reason (500 is fine)', async () => {
      const [owner, ana] = await t.factories.members(2);
      const { id } = await create(owner, 'PUBLIC');
      expectOk(await call(JOIN, { id }, ana));
      const before = await snapshot(t, id);
      expect(firstError(await call(BAN, { c: id, u: ana.user.id, reason: long(501) }, owner))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      expect(await snapshot(t, id)).toEqual(before);
      expectOk(await call(BAN, { c: id, u: ana.user.id, reason: long(500) }, owner));
      expect((await snapshot(t, id)).actions.map((a) => a.reason)).toEqual([long(500)]);
    });

    it.each(['abc', '0', '-1', '1.5', '', ' 1', '1e3', '99999999999999999999'])(
      'malformed id %j is refused on every mutation',
      async (bad) => {
        const owner = await t.factories.member();
        const { id } = await create(owner, 'PUBLIC');
        const ok = owner.user.id;
        const before = await snapshot(t, id);
        const cases: Array<[string, Record<string, unknown>, string]> = [
          [UPDATE, { id: bad, input: { name: 'New' } }, 'id'],
          [JOIN, { id: bad }, 'communityId'],
          [LEAVE, { id: bad }, 'communityId'],
          [REVIEW, { id: bad, approve: true }, 'membershipId'],
          [SET_ROLE, { c: bad, u: ok, role: 'MEMBER' }, 'communityId'],
          [SET_ROLE, { c: id, u: bad, role: 'MEMBER' }, 'userId'],
          [BAN, { c: bad, u: ok }, 'communityId'],
          [BAN, { c: id, u: bad }, 'userId'],
          [UNBAN, { c: bad, u: ok }, 'communityId'],
          [UNBAN, { c: id, u: bad }, 'userId'],
        ];
        const results = await Promise.all(cases.map(([query, variables]) => call(query, variables, owner)));
        expect(results.map((r) => firstError(r))).toEqual(
          cases.map(([, , field]) => expect.objectContaining({ code: 'BAD_USER_INPUT', field })),
        );
        expect(await snapshot(t, id)).toEqual(before);
      },
    );

    it('well-formed ids of nothing are NOT_FOUND', async () => {
      const [owner, other] = await t.factories.members(2);
      const { id } = await create(owner, 'PUBLIC');
      const none = '999999999999999999';
      const cases: Array<[string, Record<string, unknown>]> = [
        [UPDATE, { id: none, input: { name: 'New' } }],
        [JOIN, { id: none }],
        [LEAVE, { id: none }],
        [REVIEW, { id: none, approve: true }],
        [SET_ROLE, { c: none, u: other.user.id, role: 'MEMBER' }],
        [SET_ROLE, { c: id, u: none, role: 'MEMBER' }],
        [BAN, { c: none, u: other.user.id }],
        [BAN, { c: id, u: none }],
        [UNBAN, { c: none, u: other.user.id }],
      ];
      const results = await Promise.all(cases.map(([query, variables]) => call(query, variables, owner)));
      expect(results.map(outcome)).toEqual(cases.map(() => 'NOT_FOUND'));
    });
  });
});

describe('membership notifications (worker)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
  });
  afterAll(() => t.close());

  const INBOX = `{ notifications { nodes { type actorCount actors { handle } community { slug } } } }`;
  const inbox = async (who: TestMember) => expectOk(await t.gql(INBOX, {}, { token: who.token })).notifications.nodes;

  it('a request notifies every owner and moderator (not plain members); approval notifies the member, rejection does not', async () => {
    const [owner, mod, plain, ana, ben] = await t.factories.members(5);
    const slug = uniqueSlug('notify');
    // Staff join while the community is public (no requests, no notifications), then it turns private.
    const id = expectOk(await t.gql(CREATE_COMMUNITY, { input: { slug, name: 'N', visibility: 'PUBLIC' } }, { token: owner.token }))
      .createCommunity.id as string;
    const memberships = t.app.get(MembershipsService);
    for (const m of [mod, plain]) await memberships.join(m.user.id, id);
    await memberships.setRole(owner.user.id, id, mod.user.id, CommunityRole.MODERATOR);
    await t.app.get(CommunitiesService).update(owner.user.id, id, { visibility: CommunityVisibility.PRIVATE });

    const anaRequest = expectOk(await t.gql(JOIN, { id }, { token: ana.token })).joinCommunity;
    const benRequest = expectOk(await t.gql(JOIN, { id }, { token: ben.token })).joinCommunity;
    for (const staff of [owner, mod]) {
      const nodes = await waitUntil(`MEMBERSHIP_REQUEST for ${staff.user.handle}`, async () => {
        const found = (await inbox(staff)).find((n: { type: string; actorCount: number }) => n.type === 'MEMBERSHIP_REQUEST');
        return found?.actorCount === 2 && found;
      });
      expect(nodes.community).toEqual({ slug });
      expect(nodes.actors.map((a: { handle: string }) => a.handle).sort()).toEqual([ana.user.handle, ben.user.handle].sort());
    }

    expectOk(await t.gql(REVIEW, { id: anaRequest.id, approve: true }, { token: mod.token }));
    expectOk(await t.gql(REVIEW, { id: benRequest.id, approve: false }, { token: mod.token }));
    const approved = await waitUntil('MEMBERSHIP_APPROVED for ana', async () => (await inbox(ana))[0]);
    expect(approved).toEqual({ type: 'MEMBERSHIP_APPROVED', actorCount: 1, actors: [{ handle: mod.user.handle }], community: { slug } });

    // A rejection sends nothing; plain members hear of no request.
    expect(await inbox(ben)).toEqual([]);
    expect((await inbox(plain)).filter((n: { type: string }) => n.type === 'MEMBERSHIP_REQUEST')).toEqual([]);
  });
});
