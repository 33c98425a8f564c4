import { createTestApp, TestApp, TestMember } from '@kindling/testing';

const CREATE = `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id slug memberCount viewerMembership { role status } } }`;
const JOIN = `mutation($id: ID!) { joinCommunity(communityId: $id) { id status role } }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!) { reviewMembership(membershipId: $id, approve: $approve) { id status } }`;
const NOTIFICATIONS = `{ unreadNotificationCount notifications { nodes { type actorCount actors { handle } community { slug } } } }`;

async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('community lifecycle', () => {
  let t: TestApp;
  let owner: TestMember;
  let ana: TestMember;
  let ben: TestMember;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    [owner, ana, ben] = await t.factories.members(3);
  });
  afterAll(() => t.close());

  it('creates a private community whose creator is the owner', async () => {
    const res = await t.gql(CREATE, { input: { slug: 'rustaceans', name: 'Rustaceans', visibility: 'PRIVATE' } }, { token: owner.token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCommunity).toMatchObject({
      slug: 'rustaceans',
      memberCount: 1,
      viewerMembership: { role: 'OWNER', status: 'ACTIVE' },
    });
  });

  it('turns join requests into one grouped notification for the owner, and approval into one for the member', async () => {
    const { data } = await t.gql(`{ community(slug: "rustaceans") { id } }`);
    const id = data!.community.id;
    const anaJoin = await t.gql(JOIN, { id }, { token: ana.token });
    const benJoin = await t.gql(JOIN, { id }, { token: ben.token });
    expect([anaJoin.data!.joinCommunity.status, benJoin.data!.joinCommunity.status]).toEqual(['PENDING', 'PENDING']);

    const inbox = await waitFor(
      () => t.gql(NOTIFICATIONS, {}, { token: owner.token }),
      (r) => r.data?.notifications.nodes[0]?.actorCount === 2,
    );
    expect(inbox.data!.unreadNotificationCount).toBe(1);
    expect(inbox.data!.notifications.nodes[0]).toMatchObject({
      type: 'MEMBERSHIP_REQUEST',
      actorCount: 2,
      community: { slug: 'rustaceans' },
    });
    expect(inbox.data!.notifications.nodes[0].actors.map((a: { handle: string }) => a.handle).sort()).toEqual(
      [ana.user.handle, ben.user.handle].sort(),
    );

    const approved = await t.gql(REVIEW, { id: anaJoin.data!.joinCommunity.id, approve: true }, { token: owner.token });
    expect(approved.data!.reviewMembership.status).toBe('ACTIVE');
    const anaInbox = await waitFor(
      () => t.gql(NOTIFICATIONS, {}, { token: ana.token }),
      (r) => r.data?.unreadNotificationCount === 1,
    );
    expect(anaInbox.data!.notifications.nodes[0]).toMatchObject({ type: 'MEMBERSHIP_APPROVED', actors: [{ handle: owner.user.handle }] });

    const community = await t.gql(
      `{ community(slug: "rustaceans") { memberCount moderationLog { nodes { type targetUser { handle } } } } }`,
      {},
      { token: owner.token },
    );
    expect(community.data!.community).toEqual({
      memberCount: 2,
      moderationLog: { nodes: [{ type: 'APPROVE_MEMBER', targetUser: { handle: ana.user.handle } }] },
    });
  });
});
