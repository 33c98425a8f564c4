import { createTestApp, expectStatementCount, TestApp, TestMember } from '@kindling/testing';

const FOLLOWERS = `query($handle: String!) {
  user(handle: $handle) {
    followers(first: 50) { nodes { id handle viewerIsFollowing viewerHasBlocked viewerHasMuted followerCount } }
  }
}`;

/** user by handle, one page of follow edges, the page's users, the viewer's relations to them. */
const MAX_STATEMENTS = 4;

interface FollowerNode {
  id: string;
  viewerIsFollowing: boolean;
  viewerHasBlocked: boolean;
  viewerHasMuted: boolean;
  followerCount: number;
}

describe('SQL statements per followers page', () => {
  let t: TestApp;
  let viewer: TestMember;
  beforeAll(async () => {
    t = await createTestApp();
    viewer = await t.factories.member();
  });
  afterAll(() => t.close());

  const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await t.gql(query, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  /** A target with `size` followers; the viewer follows every third, blocks one and mutes one of them. */
  const targetWithFollowers = async (size: number) => {
    const [target, ...followers] = await t.factories.members(size + 1);
    await Promise.all(followers.map((f) => gql(`mutation($id: ID!) { follow(userId: $id) { id } }`, { id: target.user.id }, f.token)));
    const followed = followers.filter((_, i) => i % 3 === 0);
    await Promise.all(followed.map((f) => gql(`mutation($id: ID!) { follow(userId: $id) { id } }`, { id: f.user.id }, viewer.token)));
    await gql(`mutation($id: ID!) { blockUser(userId: $id) { id } }`, { id: followers[1].user.id }, viewer.token);
    await gql(`mutation($id: ID!) { muteUser(userId: $id) { id } }`, { id: followers[2].user.id }, viewer.token);
    return { target, followers, followed: new Set(followed.map((f) => f.user.id)) };
  };

  const fetchCounted = async (handle: string, token: string) => {
    const { result, statements } = await expectStatementCount(t.queries, () => t.gql(FOLLOWERS, { handle }, { token }), {
      max: MAX_STATEMENTS,
    });
    expect(result.errors).toBeUndefined();
    return { nodes: result.data!.user.followers.nodes as FollowerNode[], statements };
  };

  it(`costs the same ${MAX_STATEMENTS} or fewer statements for 5 and for 50 followers`, async () => {
    const small = await targetWithFollowers(5);
    const large = await targetWithFollowers(50);

    const five = await fetchCounted(small.target.user.handle, viewer.token);
    const fifty = await fetchCounted(large.target.user.handle, viewer.token);

    expect(five.nodes).toHaveLength(5);
    expect(fifty.nodes).toHaveLength(50);
    expect(fifty.statements.length).toBe(five.statements.length);
    // The counter is live: at least the user and the page of edges were read.
    expect(five.statements.length).toBeGreaterThanOrEqual(2);

    // The batched fields are right for every node, not just cheap.
    for (const { nodes, setup } of [
      { nodes: five.nodes, setup: small },
      { nodes: fifty.nodes, setup: large },
    ]) {
      expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(setup.followers.map((f) => f.user.id)));
      for (const node of nodes) {
        expect(node).toMatchObject({
          viewerIsFollowing: setup.followed.has(node.id),
          viewerHasBlocked: node.id === setup.followers[1].user.id,
          viewerHasMuted: node.id === setup.followers[2].user.id,
          followerCount: setup.followed.has(node.id) ? 1 : 0,
        });
      }
    }
  });

  it('costs no more for an anonymous viewer', async () => {
    const { target } = await targetWithFollowers(12);
    const { statements } = await expectStatementCount(
      t.queries,
      async () => {
        const res = await t.gql(FOLLOWERS, { handle: target.user.handle });
        expect(res.data!.user.followers.nodes).toHaveLength(12);
        expect(res.data!.user.followers.nodes.every((n: FollowerNode) => !n.viewerIsFollowing && !n.viewerHasBlocked)).toBe(true);
      },
      { max: MAX_STATEMENTS },
    );
    expect(statements.length).toBeLessThanOrEqual(MAX_STATEMENTS - 1);
  });

  it('expectStatementCount fails, listing the statements, when the bound is exceeded', async () => {
    const work = () => t.db.query('SELECT 1').then(() => t.db.query('SELECT 2'));
    await expect(expectStatementCount(t.queries, work, { max: 1 })).rejects.toThrow(
      /at most 1 SQL statements, got 2:\n {2}1\. SELECT 1\n {2}2\. SELECT 2/,
    );
  });
});
