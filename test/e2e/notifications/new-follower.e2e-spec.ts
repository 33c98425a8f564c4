import { createTestApp, expectOk, TestApp, TestMember, waitUntil } from '@kindling/testing';

const NOTIFICATIONS = `{ notifications { nodes { type actorCount actors { handle } } } }`;
const FOLLOW = `mutation($u: ID!) { follow(userId: $u) { id } }`;
const UNFOLLOW = `mutation($u: ID!) { unfollow(userId: $u) { id } }`;
const BLOCK = `mutation($u: ID!) { blockUser(userId: $u) { id } }`;

/** The grouped NEW_FOLLOWER lists only members who still follow: unfollowing or a block since takes them out of it. */
describe('NEW_FOLLOWER notifications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
  });
  afterAll(() => t.close());

  const followerGroup = async (who: TestMember) => {
    const nodes: Array<{ type: string; actorCount: number; actors: Array<{ handle: string }> }> = expectOk(
      await t.gql(NOTIFICATIONS, {}, { token: who.token }),
    ).notifications.nodes;
    const group = nodes.filter((n) => n.type === 'NEW_FOLLOWER');
    expect(group.length).toBeLessThanOrEqual(1);
    return group[0] ? { actorCount: group[0].actorCount, actors: group[0].actors.map((a) => a.handle).sort() } : null;
  };

  it('drops members who unfollowed or were blocked since, and the notification once nobody is left', async () => {
    const [star, stays, leaves, blocked, blocker] = await t.factories.members(5);
    for (const fan of [stays, leaves, blocked, blocker]) expectOk(await t.gql(FOLLOW, { u: star.user.id }, { token: fan.token }));
    await waitUntil('four followers grouped', async () => (await followerGroup(star))?.actorCount === 4);

    expectOk(await t.gql(UNFOLLOW, { u: star.user.id }, { token: leaves.token }));
    expectOk(await t.gql(BLOCK, { u: blocked.user.id }, { token: star.token }));
    expectOk(await t.gql(BLOCK, { u: star.user.id }, { token: blocker.token }));
    const expected = { actorCount: 1, actors: [stays.user.handle] };
    expect(
      await waitUntil('withdrawn followers left out', async () =>
        (await followerGroup(star))?.actorCount === 1 ? followerGroup(star) : false,
      ),
    ).toEqual(expected);

    expectOk(await t.gql(UNFOLLOW, { u: star.user.id }, { token: stays.token }));
    await waitUntil('the empty group removed', async () => (await followerGroup(star)) === null);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1`, [star.user.id]);
    expect(n).toBe(0);
  });
});
