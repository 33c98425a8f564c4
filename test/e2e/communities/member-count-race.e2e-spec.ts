import { createTestApp, GraphQLResponse, TestApp, TestMember } from '@kindling/testing';
import { CREATE_COMMUNITY, expectOk, memberCounts, outcome, uniqueSlug } from './community-fixtures';

const JOIN = `mutation($id: ID!) { joinCommunity(communityId: $id) { id status } }`;
const LEAVE = `mutation($id: ID!) { leaveCommunity(communityId: $id) }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!) { reviewMembership(membershipId: $id, approve: $approve) { status } }`;
const SET_ROLE = `mutation($c: ID!, $u: ID!, $role: CommunityRole!) { setMemberRole(communityId: $c, userId: $u, role: $role) { role } }`;
const BAN = `mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u, reason: "race") { status } }`;
const MEMBER_COUNT = `query($slug: String!) { community(slug: $slug) { memberCount } }`;

/**
 * memberCount moves with `member_count ± 1` in the transaction that changes
 * an ACTIVE membership: under any interleaving it must equal the ACTIVE rows,
 * and the last-owner rule must hold when owners leave at the same moment.
 */
describe('memberCount and owners under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const create = async (owner: TestMember, visibility: 'PUBLIC' | 'PRIVATE') => {
    const slug = uniqueSlug('race');
    const res = await t.gql(CREATE_COMMUNITY, { input: { slug, name: 'Race', visibility } }, { token: owner.token });
    return { id: expectOk(res).createCommunity.id as string, slug };
  };
  const send = (query: string, variables: Record<string, unknown>, who: TestMember) => t.gql(query, variables, { token: who.token });
  const ok = (res: GraphQLResponse) => expect(outcome(res)).toBe('OK');

  /** member_count, the ACTIVE rows it must equal, and what the API reports. */
  const expectConsistent = async (community: { id: string; slug: string }, expected: number) => {
    const counts = await memberCounts(t, community.id);
    const served = expectOk(await t.gql(MEMBER_COUNT, { slug: community.slug })).community.memberCount;
    expect({ ...counts, served }).toEqual({ memberCount: expected, activeRows: expected, served: expected });
  };

  it('40 concurrent joins, then 20 leaves racing 10 joins and repeated joins of one member', async () => {
    const [owner, ...crowd] = await t.factories.members(51);
    const community = await create(owner, 'PUBLIC');
    const [first40, late10] = [crowd.slice(0, 40), crowd.slice(40)];

    (await Promise.all(first40.map((m) => send(JOIN, { id: community.id }, m)))).forEach(ok);
    await expectConsistent(community, 41);

    const [leavers, stayers] = [first40.slice(0, 20), first40.slice(20)];
    const repeated = stayers[0];
    const storm = [
      ...leavers.map((m) => send(LEAVE, { id: community.id }, m)),
      ...late10.map((m) => send(JOIN, { id: community.id }, m)),
      ...Array.from({ length: 10 }, () => send(JOIN, { id: community.id }, repeated)),
      ...Array.from({ length: 5 }, () => send(JOIN, { id: community.id }, late10[0])),
    ];
    const results = await Promise.all(storm);
    results.forEach(ok);
    expect(results.slice(0, 20).map((r) => r.data!.leaveCommunity)).toEqual(leavers.map(() => true));
    await expectConsistent(community, 1 + 20 + 10);
    const rows = await t.db.query(`SELECT count(*)::int AS n FROM membership WHERE community_id = $1 AND user_id = ANY($2::bigint[])`, [
      community.id,
      [repeated.user.id, late10[0].user.id],
    ]);
    expect(rows).toEqual([{ n: 2 }]);
  });

  it('the same member joining and leaving many times at once ends consistent', async () => {
    const [owner, ana] = await t.factories.members(2);
    const community = await create(owner, 'PUBLIC');
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => send(i % 2 === 0 ? JOIN : LEAVE, { id: community.id }, ana)));
    results.forEach(ok);
    const { activeRows } = await memberCounts(t, community.id);
    expect([1, 2]).toContain(activeRows);
    await expectConsistent(community, activeRows);
  });

  it('approvals, leaves, bans and withdrawals racing in a private community keep memberCount equal to ACTIVE rows', async () => {
    const [owner, moderator, ...crowd] = await t.factories.members(32);
    const community = await create(owner, 'PRIVATE');
    const request = async (m: TestMember) => expectOk(await send(JOIN, { id: community.id }, m)).joinCommunity.id as string;
    const modRequest = await request(moderator);
    ok(await send(REVIEW, { id: modRequest, approve: true }, owner));
    ok(await send(SET_ROLE, { c: community.id, u: moderator.user.id, role: 'MODERATOR' }, owner));

    // Ten ACTIVE members to leave or be banned; twenty requests to approve, reject, withdraw or ban.
    const [active, pending] = [crowd.slice(0, 10), crowd.slice(10)];
    for (const m of active) ok(await send(REVIEW, { id: await request(m), approve: true }, owner));
    const requestIds = await Promise.all(pending.map(request));
    await expectConsistent(community, 12);

    const reviewer = (i: number) => (i % 2 === 0 ? owner : moderator);
    const storm = [
      ...active.slice(0, 5).map((m) => send(LEAVE, { id: community.id }, m)),
      ...active.slice(5).map((m, i) => send(BAN, { c: community.id, u: m.user.id }, reviewer(i))),
      ...requestIds.slice(0, 10).map((id, i) => send(REVIEW, { id, approve: true }, reviewer(i))),
      ...requestIds.slice(10, 14).map((id, i) => send(REVIEW, { id, approve: false }, reviewer(i))),
      // Withdrawals and bans racing the very approvals of the same requests.
      ...pending.slice(0, 3).map((m) => send(LEAVE, { id: community.id }, m)),
      ...pending.slice(3, 6).map((m, i) => send(BAN, { c: community.id, u: m.user.id }, reviewer(i))),
      ...pending.slice(14).map((m) => send(LEAVE, { id: community.id }, m)),
    ];
    const results = await Promise.all(storm);
    // A review that lost its race to a withdrawal or ban finds the request gone or no longer pending.
    for (const res of results) expect(['OK', 'NOT_FOUND', 'CONFLICT']).toContain(outcome(res));
    const { activeRows } = await memberCounts(t, community.id);
    await expectConsistent(community, activeRows);
    // Whichever way each race went, a withdrawn or banned request is not ACTIVE: owner, moderator and 4 approvals remain.
    expect(activeRows).toBe(2 + 4);
  });

  it('two owners leaving at the same moment: exactly one leaves, the other is refused with CONFLICT', async () => {
    for (let round = 0; round < 8; round++) {
      const [first, second, member] = await t.factories.members(3);
      const community = await create(first, 'PUBLIC');
      ok(await send(JOIN, { id: community.id }, second));
      ok(await send(JOIN, { id: community.id }, member));
      ok(await send(SET_ROLE, { c: community.id, u: second.user.id, role: 'OWNER' }, first));

      const results = await Promise.all([first, second].map((m) => send(LEAVE, { id: community.id }, m)));
      expect(results.map(outcome).sort()).toEqual(['CONFLICT', 'OK']);
      const owners = await t.db.query(
        `SELECT user_id::text FROM membership WHERE community_id = $1 AND role = 'OWNER' AND status = 'ACTIVE'`,
        [community.id],
      );
      expect(owners).toHaveLength(1);
      await expectConsistent(community, 2);
    }
  });

  it('two owners demoting each other (and themselves) at once never leave zero owners', async () => {
    for (let round = 0; round < 8; round++) {
      const [first, second] = await t.factories.members(2);
      const community = await create(first, 'PUBLIC');
      ok(await send(JOIN, { id: community.id }, second));
      ok(await send(SET_ROLE, { c: community.id, u: second.user.id, role: 'OWNER' }, first));
      const results = await Promise.all([
        send(SET_ROLE, { c: community.id, u: second.user.id, role: 'MEMBER' }, first),
        send(SET_ROLE, { c: community.id, u: first.user.id, role: 'MEMBER' }, second),
        send(SET_ROLE, { c: community.id, u: first.user.id, role: 'MODERATOR' }, first),
        send(LEAVE, { id: community.id }, second),
      ]);
      for (const res of results) expect(['OK', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND']).toContain(outcome(res));
      const [{ owners }] = await t.db.query(
        `SELECT count(*)::int AS owners FROM membership WHERE community_id = $1 AND role = 'OWNER' AND status = 'ACTIVE'`,
        [community.id],
      );
      expect(owners).toBeGreaterThanOrEqual(1);
      const { activeRows } = await memberCounts(t, community.id);
      await expectConsistent(community, activeRows);
    }
  });
});
