import { createTestApp, firstError, GraphQLResponse, TestApp, TestMember } from '@kindling/testing';

interface Connection {
  edges: Array<{ cursor: string; node: { id: string } }>;
  nodes: Array<{ id: string }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const FOLLOW = `mutation($id: ID!) { follow(userId: $id) { id followerCount followingCount viewerIsFollowing } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollow(userId: $id) { id followerCount followingCount viewerIsFollowing } }`;
const COUNTS = `query($handle: String!) { user(handle: $handle) { followerCount followingCount viewerIsFollowing } }`;
const PAGE = (field: 'followers' | 'following') => `query($handle: String!, $first: Int, $after: String) {
  user(handle: $handle) { ${field}(first: $first, after: $after) { edges { cursor node { id } } nodes { id } pageInfo { hasNextPage endCursor } } }
}`;

const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('follow / unfollow', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Rows in `follow` and both counters of each member, straight from Postgres. */
  const graphOf = async (...members: TestMember[]) => {
    const ids = members.map((m) => m.user.id);
    const [edges, counts] = await Promise.all([
      t.db.query(
        `SELECT follower_id::text AS "from", followee_id::text AS "to" FROM follow
          WHERE follower_id = ANY($1::bigint[]) OR followee_id = ANY($1::bigint[]) ORDER BY 1, 2`,
        [ids],
      ),
      t.db.query(`SELECT id::text, follower_count, following_count FROM user_account WHERE id = ANY($1::bigint[]) ORDER BY id`, [ids]),
    ]);
    return { edges, counts };
  };

  it('is idempotent: following twice counts once, unfollowing twice never goes negative', async () => {
    const [a, b] = await t.factories.members(2);
    for (let i = 0; i < 2; i++) {
      const res = await t.gql(FOLLOW, { id: b.user.id }, { token: a.token });
      expect(res.errors).toBeUndefined();
      expect(res.data!.follow).toEqual({ id: b.user.id, followerCount: 1, followingCount: 0, viewerIsFollowing: true });
    }
    expect((await t.gql(COUNTS, { handle: a.user.handle }, { token: a.token })).data!.user).toMatchObject({ followingCount: 1 });
    expect(await graphOf(a, b)).toEqual({
      edges: [{ from: a.user.id, to: b.user.id }],
      counts: [
        { id: a.user.id, follower_count: 0, following_count: 1 },
        { id: b.user.id, follower_count: 1, following_count: 0 },
      ],
    });

    for (let i = 0; i < 3; i++) {
      const res = await t.gql(UNFOLLOW, { id: b.user.id }, { token: a.token });
      expect(res.errors).toBeUndefined();
      expect(res.data!.unfollow).toEqual({ id: b.user.id, followerCount: 0, followingCount: 0, viewerIsFollowing: false });
    }
    // Unfollowing someone never followed is a no-op too.
    expect((await t.gql(UNFOLLOW, { id: a.user.id }, { token: b.token })).data!.unfollow.followerCount).toBe(0);
    expect(await graphOf(a, b)).toEqual({
      edges: [],
      counts: [
        { id: a.user.id, follower_count: 0, following_count: 0 },
        { id: b.user.id, follower_count: 0, following_count: 0 },
      ],
    });
  });

  it('viewerIsFollowing is the viewer’s own relation', async () => {
    const [a, b] = await t.factories.members(2);
    await t.gql(FOLLOW, { id: b.user.id }, { token: a.token });
    const seen = async (viewer: TestMember | null, target: TestMember) =>
      (await t.gql(COUNTS, { handle: target.user.handle }, { token: viewer?.token })).data!.user.viewerIsFollowing;
    expect(await seen(a, b)).toBe(true);
    expect(await seen(b, a)).toBe(false);
    expect(await seen(null, b)).toBe(false);
    expect(await seen(a, a)).toBe(false);
  });

  describe.each([
    ['follow', FOLLOW],
    ['unfollow', UNFOLLOW],
  ])('%s rejects', (name, mutation) => {
    const cases: Array<{
      what: string;
      id: (m: Record<'a' | 'b', TestMember>) => string;
      anonymous?: boolean;
      code: string;
      field?: string;
    }> = [
      { what: 'yourself', id: (m) => m.a.user.id, code: 'BAD_USER_INPUT', field: 'userId' },
      { what: 'an unknown member', id: () => '999999999999', code: 'NOT_FOUND', field: 'userId' },
      { what: 'a malformed id "abc"', id: () => 'abc', code: 'BAD_USER_INPUT', field: 'userId' },
      { what: 'a zero id', id: () => '0', code: 'BAD_USER_INPUT', field: 'userId' },
      { what: 'an id beyond bigint', id: () => '99999999999999999999', code: 'BAD_USER_INPUT', field: 'userId' },
      { what: 'an anonymous viewer', id: (m) => m.b.user.id, anonymous: true, code: 'UNAUTHENTICATED' },
    ];

    it.each(cases)('$what with $code, changing nothing', async ({ id, anonymous, code, field }) => {
      const [a, b, c] = await t.factories.members(3);
      await t.gql(FOLLOW, { id: c.user.id }, { token: a.token }); // existing state that must survive
      if (name === 'unfollow') await t.gql(FOLLOW, { id: b.user.id }, { token: a.token });
      const before = await graphOf(a, b, c);

      const res = await t.gql(mutation, { id: id({ a, b }) }, { token: anonymous ? null : a.token });
      expect(res.data).toBeNull();
      expect(firstError(res)).toEqual({ code, ...(field && { field }), message: expect.any(String) });
      expect(await graphOf(a, b, c)).toEqual(before);
    });
  });

  describe('followers and following connections', () => {
    const pageThrough = async (field: 'followers' | 'following', handle: string, first: number, token?: string) => {
      const seen: string[] = [];
      const pages: boolean[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const res: GraphQLResponse<{ user: Record<string, Connection> }> = await t.gql(PAGE(field), { handle, first, after }, { token });
        expect(res.errors).toBeUndefined();
        const connection = res.data!.user[field];
        expect(connection.edges.map((e) => e.node.id)).toEqual(connection.nodes.map((n) => n.id));
        expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
        seen.push(...connection.nodes.map((n) => n.id));
        pages.push(connection.pageInfo.hasNextPage);
        if (!connection.pageInfo.hasNextPage) return { seen, pages };
        after = connection.pageInfo.endCursor;
      }
      throw new Error('pagination did not end');
    };

    it('pages through 25 followers newest first, each exactly once', async () => {
      const [target, ...followers] = await t.factories.members(26);
      for (const follower of followers) {
        expect((await t.gql(FOLLOW, { id: target.user.id }, { token: follower.token })).errors).toBeUndefined();
      }
      const newestFirst = followers.map((f) => f.user.id).reverse();
      const { seen, pages } = await pageThrough('followers', target.user.handle, 10, target.token);
      expect(pages).toEqual([true, true, false]);
      expect(seen).toEqual(newestFirst);

      // An exact multiple of the page size ends with hasNextPage false, not an empty extra page.
      expect((await pageThrough('followers', target.user.handle, 5)).pages).toEqual([true, true, true, true, false]);
      expect((await pageThrough('followers', target.user.handle, 100)).seen).toEqual(newestFirst);
    });

    it('pages through following newest first', async () => {
      const [member, ...followed] = await t.factories.members(5);
      for (const other of followed) await t.gql(FOLLOW, { id: other.user.id }, { token: member.token });
      const { seen, pages } = await pageThrough('following', member.user.handle, 3);
      expect(pages).toEqual([true, false]);
      expect(seen).toEqual(followed.map((f) => f.user.id).reverse());
    });

    it('breaks ties on the same timestamp by id without skipping or repeating anyone', async () => {
      const [target, ...followers] = await t.factories.members(8);
      await t.db.query(
        `INSERT INTO follow (follower_id, followee_id, created_at)
         SELECT f, $1::bigint, timestamptz '2024-01-01 12:00:00.123456+00' FROM unnest($2::bigint[]) AS f`,
        [target.user.id, followers.map((f) => f.user.id)],
      );
      const { seen } = await pageThrough('followers', target.user.handle, 3);
      const expected = followers.map((f) => f.user.id).sort((x, y) => (BigInt(y) > BigInt(x) ? 1 : -1));
      expect(seen).toEqual(expected);
    });

    it('is empty for a member with no followers', async () => {
      const member = await t.factories.member();
      const res = await t.gql(PAGE('followers'), { handle: member.user.handle, first: 10 });
      expect(res.data!.user.followers).toEqual({ edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    });

    const badFirst = [0, -1, 101, 1000, null];
    it.each(['followers', 'following'].flatMap((field) => badFirst.map((first) => ({ field, first }))))(
      '$field(first: $first) is BAD_USER_INPUT on first',
      async ({ field, first }) => {
        const member = await t.factories.member();
        const res = await t.gql(PAGE(field as 'followers'), { handle: member.user.handle, first }, { token: member.token });
        expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
        expect(res.data?.user ?? null).toBeNull();
      },
    );

    it.each([
      ['not base64 JSON', 'abc'],
      ['empty-looking garbage', '!!!'],
      ['a JSON object', cursor({ at: '1', id: '2' })],
      ['the wrong arity', cursor(['1'])],
      ['numbers instead of strings', cursor([1, 2])],
      ['non-numeric parts', cursor(['x', 'y'])],
      ['an id beyond bigint', cursor(['1700000000000000', '99999999999999999999'])],
      ['a timestamp out of range', cursor(['-9000000000000000000', '1'])],
      ['a huge string', 'a'.repeat(600)],
    ])('an after cursor that is %s is BAD_USER_INPUT on after', async (_, after) => {
      const member = await t.factories.member();
      const res = await t.gql(PAGE('followers'), { handle: member.user.handle, first: 10, after });
      expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });
});
