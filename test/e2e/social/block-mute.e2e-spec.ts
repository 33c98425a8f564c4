import { createTestApp, firstError, TestApp, TestMember } from '@kindling/testing';

const FIELDS = `id followerCount followingCount viewerIsFollowing viewerHasBlocked viewerHasMuted`;
const mutation = (name: string) => `mutation($id: ID!) { ${name}(userId: $id) { ${FIELDS} } }`;
const VIEW = `query($handle: String!) { user(handle: $handle) { ${FIELDS} } }`;

describe('block and mute', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const run = async (name: string, actor: TestMember, target: TestMember) =>
    t.gql(mutation(name), { id: target.user.id }, { token: actor.token });
  const ok = async (name: string, actor: TestMember, target: TestMember) => {
    const res = await run(name, actor, target);
    expect(res.errors).toBeUndefined();
    return res.data![name];
  };
  const view = async (viewer: TestMember | null, target: TestMember) =>
    (await t.gql(VIEW, { handle: target.user.handle }, { token: viewer?.token })).data!.user;

  /** Every social row touching the members and their counters, from Postgres. */
  const stateOf = async (...members: TestMember[]) => {
    const ids = members.map((m) => m.user.id);
    const rows = (table: string, a: string, b: string) =>
      t.db.query(
        `SELECT ${a}::text AS "from", ${b}::text AS "to" FROM ${table} WHERE ${a} = ANY($1::bigint[]) OR ${b} = ANY($1::bigint[]) ORDER BY 1, 2`,
        [ids],
      );
    return {
      follows: await rows('follow', 'follower_id', 'followee_id'),
      blocks: await rows('user_block', 'blocker_id', 'blocked_id'),
      mutes: await rows('user_mute', 'muter_id', 'muted_id'),
      counts: await t.db.query(
        `SELECT id::text, follower_count, following_count FROM user_account WHERE id = ANY($1::bigint[]) ORDER BY id`,
        [ids],
      ),
    };
  };

  describe('block', () => {
    it('removes follows both ways and drops both members’ counts', async () => {
      const [a, b, c] = await t.factories.members(3);
      await ok('follow', a, b);
      await ok('follow', b, a);
      await ok('follow', c, b); // unrelated follow survives
      expect(await ok('blockUser', a, b)).toMatchObject({
        followerCount: 1,
        followingCount: 0,
        viewerIsFollowing: false,
        viewerHasBlocked: true,
      });
      expect(await view(a, a)).toMatchObject({ followerCount: 0, followingCount: 0 });
      const state = await stateOf(a, b);
      expect(state.follows).toEqual([{ from: c.user.id, to: b.user.id }]);
      expect(state.blocks).toEqual([{ from: a.user.id, to: b.user.id }]);
    });

    it('stops new follows either way while it stands (FORBIDDEN, nothing written), and unblocking allows them again', async () => {
      const [a, b] = await t.factories.members(2);
      await ok('blockUser', a, b);
      const before = await stateOf(a, b);
      for (const [actor, target] of [
        [a, b],
        [b, a],
      ]) {
        const res = await run('follow', actor, target);
        expect(res.data).toBeNull();
        expect(firstError(res)).toMatchObject({ code: 'FORBIDDEN', field: 'userId' });
      }
      expect(await stateOf(a, b)).toEqual(before);

      await ok('unblockUser', a, b);
      expect(await ok('follow', b, a)).toMatchObject({ followerCount: 1, viewerIsFollowing: true });
      expect(await ok('follow', a, b)).toMatchObject({ followerCount: 1, viewerIsFollowing: true, viewerHasBlocked: false });
      expect((await stateOf(a, b)).follows).toHaveLength(2);
    });

    it('the blocked member may not follow back even though they did not block', async () => {
      const [a, b] = await t.factories.members(2);
      await ok('blockUser', b, a);
      expect(firstError(await run('follow', a, b))?.code).toBe('FORBIDDEN');
      expect(await view(a, b)).toMatchObject({ viewerHasBlocked: false, viewerIsFollowing: false });
      expect(await view(b, a)).toMatchObject({ viewerHasBlocked: true });
      // Unblocking by the member who did not block changes nothing.
      await ok('unblockUser', a, b);
      expect((await stateOf(a, b)).blocks).toEqual([{ from: b.user.id, to: a.user.id }]);
    });

    it('block and unblock are idempotent', async () => {
      const [a, b] = await t.factories.members(2);
      await ok('follow', b, a);
      for (let i = 0; i < 2; i++)
        expect(await ok('blockUser', a, b)).toMatchObject({ viewerHasBlocked: true, followerCount: 0, followingCount: 0 });
      expect(await stateOf(a, b)).toMatchObject({ blocks: [{ from: a.user.id, to: b.user.id }], follows: [] });
      expect(await view(a, a)).toMatchObject({ followerCount: 0, followingCount: 0 });
      for (let i = 0; i < 2; i++) expect(await ok('unblockUser', a, b)).toMatchObject({ viewerHasBlocked: false });
      expect(await stateOf(a, b)).toMatchObject({ blocks: [], follows: [] });
      // Unblocking someone never blocked is a no-op.
      expect(await ok('unblockUser', b, a)).toMatchObject({ viewerHasBlocked: false });
    });
  });

  describe('mute', () => {
    it('mute and unmute are idempotent and show only in the muter’s viewerHasMuted', async () => {
      const [a, b] = await t.factories.members(2);
      for (let i = 0; i < 2; i++) expect(await ok('muteUser', a, b)).toMatchObject({ viewerHasMuted: true, viewerHasBlocked: false });
      expect((await stateOf(a, b)).mutes).toEqual([{ from: a.user.id, to: b.user.id }]);
      expect(await view(a, b)).toMatchObject({ viewerHasMuted: true });
      expect(await view(b, a)).toMatchObject({ viewerHasMuted: false });
      expect(await view(null, b)).toMatchObject({ viewerHasMuted: false });
      for (let i = 0; i < 2; i++) expect(await ok('unmuteUser', a, b)).toMatchObject({ viewerHasMuted: false });
      expect((await stateOf(a, b)).mutes).toEqual([]);
    });

    it('hides nothing for the muted member: their view of the muter and their follows are unchanged', async () => {
      const [muter, muted] = await t.factories.members(2);
      await ok('follow', muted, muter);
      const seenBefore = await view(muted, muter);
      await ok('muteUser', muter, muted);
      expect(await view(muted, muter)).toEqual(seenBefore);
      expect(seenBefore).toMatchObject({ viewerIsFollowing: true, viewerHasBlocked: false, viewerHasMuted: false, followerCount: 1 });

      // The muted member can still unfollow and follow the muter, and the muter can follow them.
      expect(await ok('unfollow', muted, muter)).toMatchObject({ followerCount: 0, viewerIsFollowing: false });
      expect(await ok('follow', muted, muter)).toMatchObject({ followerCount: 1, viewerIsFollowing: true });
      expect(await ok('follow', muter, muted)).toMatchObject({ followerCount: 1, viewerIsFollowing: true, viewerHasMuted: true });
      expect((await stateOf(muter, muted)).follows).toHaveLength(2);
    });

    it('muting keeps an existing follow of the muted member', async () => {
      const [muter, muted] = await t.factories.members(2);
      await ok('follow', muter, muted);
      expect(await ok('muteUser', muter, muted)).toMatchObject({ viewerIsFollowing: true, viewerHasMuted: true, followerCount: 1 });
    });
  });

  describe.each(['blockUser', 'unblockUser', 'muteUser', 'unmuteUser'])('%s rejects', (name) => {
    it.each([
      { what: 'yourself', self: true, code: 'BAD_USER_INPUT', field: 'userId' },
      { what: 'an unknown member', id: '999999999999', code: 'NOT_FOUND', field: 'userId' },
      { what: 'a malformed id', id: 'abc', code: 'BAD_USER_INPUT', field: 'userId' },
      { what: 'an anonymous viewer', anonymous: true, code: 'UNAUTHENTICATED' },
    ])('$what with $code, changing nothing', async ({ self, id, anonymous, code, field }) => {
      const [a, b] = await t.factories.members(2);
      await ok('follow', a, b);
      await ok(name.startsWith('un') ? name.slice(2, 3).toLowerCase() + name.slice(3) : name, a, b); // something to undo
      const before = await stateOf(a, b);
      const res = await t.gql(mutation(name), { id: id ?? (self ? a.user.id : b.user.id) }, { token: anonymous ? null : a.token });
      expect(res.data).toBeNull();
      expect(firstError(res)).toEqual({ code, ...(field && { field }), message: expect.any(String) });
      expect(await stateOf(a, b)).toEqual(before);
    });
  });
});
