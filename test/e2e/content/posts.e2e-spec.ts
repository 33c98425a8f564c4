import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { block, expectNothingWritten, expectOk, OPS, outcome, refusal, seedCommunity, seedPost, seedThread } from './content-fixtures';

const LOG = `query($slug: String!) { community(slug: $slug) { moderationLog { nodes { type moderator { handle } targetUser { handle } } } } }`;

describe('posts', () => {
  let t: TestApp;
  let author: TestMember, moderator: TestMember, owner: TestMember, member: TestMember, outsider: TestMember, otherModerator: TestMember;
  let club: { id: string; slug: string };
  let hidden: { id: string; slug: string };
  let threadId: string;

  const create = (input: Record<string, unknown>, who: TestMember = author) =>
    t.gql(OPS.createPost, { input: { threadId, ...input } }, { token: who.token });

  beforeAll(async () => {
    t = await createTestApp();
    [author, moderator, owner, member, outsider, otherModerator] = await t.factories.members(6);
    club = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, moderators: [moderator], active: [author, member] });
    hidden = await seedCommunity(t, { owner, visibility: CommunityVisibility.PRIVATE, active: [author] });
    await seedCommunity(t, { owner: otherModerator, visibility: CommunityVisibility.PUBLIC, active: [author] });
    threadId = (await seedThread(t, author)).id;
  });
  afterAll(() => t.close());

  describe('createPost', () => {
    it('defaults kind to UPDATE, keeps the body as written and moves postCount', async () => {
      const body = '  Day one: set up the toolchain.\n\nNext: tests.  ';
      const post = expectOk(await create({ body })).createPost;
      expect(post).toMatchObject({
        kind: 'UPDATE',
        body,
        tags: [],
        mentions: [],
        editedAt: null,
        commentCount: 0,
        reactions: [],
        viewerReactions: [],
      });
      expect(post.thread.id).toBe(threadId);
      const [row] = await t.db.query(`SELECT body, author_id::text FROM post WHERE id = $1`, [post.id]);
      expect(row).toEqual({ body, author_id: author.user.id });
    });

    it.each(['UPDATE', 'MILESTONE', 'BLOCKER', 'QUESTION', 'REFLECTION'])('stores kind %s', async (kind) => {
      expect(expectOk(await create({ body: `A ${kind}`, kind })).createPost.kind).toBe(kind);
    });

    it('accepts exactly 10,000 characters, astral ones included', async () => {
      expect(expectOk(await create({ body: 'x'.repeat(10_000) })).createPost.body).toHaveLength(10_000);
      expect([...expectOk(await create({ body: '🌱'.repeat(10_000) })).createPost.body]).toHaveLength(10_000);
    });

    it('keeps lower-cased unique #hashtags, at most 10, and none from URLs', async () => {
      const body = `#Go #go #GO https://go.dev/doc#install ${Array.from({ length: 12 }, (_, i) => `#t${i}`).join(' ')}`;
      expect(expectOk(await create({ body })).createPost.tags).toEqual(['go', ...Array.from({ length: 9 }, (_, i) => `t${i}`)]);
    });

    it('finds posts by a unicode tag in publicFeed, however the tag is written', async () => {
      const word = `कोड${Date.now().toString(36)}`;
      const post = expectOk(await create({ body: `सीखना #हिन्दी${word}` })).createPost;
      expect(post.tags).toEqual([`हिन्दी${word}`]);
      const feed = await t.gql(`query($tag: String) { publicFeed(tag: $tag) { nodes { id } } }`, { tag: `#हिन्दी${word}` });
      expect(expectOk(feed).publicFeed.nodes).toEqual([{ id: post.id }]);
    });

    it('mentions existing members only, in order, never blocked ones, at most 20', async () => {
      const people = await t.factories.members(24);
      const [blockedByAuthor, blockingAuthor] = people.slice(22);
      await block(t, author, blockedByAuthor);
      await block(t, blockingAuthor, author);
      const handles = people.map((p) => `@${p.user.handle.toUpperCase()}`);
      const body = `${handles.slice(22).join(' ')} @no_such_member_here ${handles.slice(0, 22).join(', ')} email ${people[0].user.handle}@example.com`;
      const mentions: Array<{ handle: string }> = expectOk(await create({ body })).createPost.mentions;
      // The first 20 named (the list itself has no promised order).
      expect(mentions.map((m) => m.handle).sort()).toEqual(
        people
          .slice(0, 20)
          .map((p) => p.user.handle)
          .sort(),
      );
    });

    it('refuses roadmapStepId (no roadmaps yet) with BAD_USER_INPUT naming it, and writes nothing', async () => {
      const res = await expectNothingWritten(t, [author], () => create({ body: 'Evidence', roadmapStepId: '1' }));
      expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'roadmapStepId' });
    });

    it.each([
      ["someone else's thread", () => member, 'FORBIDDEN'],
      ['a thread the viewer cannot see', () => outsider, 'NOT_FOUND'],
    ])('refuses a post in %s and writes nothing', async (_, who, code) => {
      const privateThread = await seedThread(t, author, { communityId: hidden.id });
      const target = code === 'NOT_FOUND' ? privateThread.id : threadId;
      const res = await expectNothingWritten(t, [author, who()], () =>
        t.gql(OPS.createPost, { input: { threadId: target, body: 'Not mine' } }, { token: who().token }),
      );
      expect(outcome(res)).toBe(code);
    });
  });

  describe('editPost', () => {
    it('lets the author edit: editedAt set, tags and mentions recomputed', async () => {
      const post = await seedPost(t, author, threadId, `#old with @${member.user.handle}`);
      const edited = expectOk(
        await t.gql(OPS.editPost, { id: post.id, body: `#New #fresh, thanks @${moderator.user.handle}` }, { token: author.token }),
      ).editPost;
      expect(edited).toMatchObject({
        body: `#New #fresh, thanks @${moderator.user.handle}`,
        tags: ['new', 'fresh'],
        mentions: [{ handle: moderator.user.handle }],
      });
      expect(Date.parse(edited.editedAt)).toBeGreaterThanOrEqual(post.createdAt.getTime());
      const [row] = await t.db.query(`SELECT array_agg(user_id::text) AS ids FROM post_mention WHERE post_id = $1`, [post.id]);
      expect(row.ids).toEqual([moderator.user.id]);
    });

    it.each([
      ['another member', () => member, 'FORBIDDEN'],
      ['the moderator (moderators delete, they do not edit)', () => moderator, 'FORBIDDEN'],
      ['anyone, once the post is deleted', () => author, 'NOT_FOUND'],
    ])('refuses %s and writes nothing', async (_, who, code) => {
      const post = await seedPost(t, author, (await seedThread(t, author, { communityId: club.id })).id, 'Original');
      if (code === 'NOT_FOUND') expectOk(await t.gql(OPS.deletePost, { id: post.id }, { token: author.token }));
      const res = await expectNothingWritten(t, [author, who()], () =>
        t.gql(OPS.editPost, { id: post.id, body: 'Changed' }, { token: who().token }),
      );
      expect(outcome(res)).toBe(code);
    });
  });

  describe('deletePost', () => {
    const clubPost = async () => seedPost(t, author, (await seedThread(t, author, { communityId: club.id })).id, 'To be removed');

    it('lets the author delete: the post disappears and postCount drops, with no moderation entry', async () => {
      const post = await clubPost();
      expect(expectOk(await t.gql(OPS.deletePost, { id: post.id }, { token: author.token })).deletePost).toBe(true);
      expect(expectOk(await t.gql(OPS.post, { id: post.id }, { token: author.token })).post).toBeNull();
      expect(expectOk(await t.gql(OPS.thread, { id: post.threadId })).thread.postCount).toBe(0);
      const [row] = await t.db.query(`SELECT count(*)::int AS n FROM moderation_action WHERE subject_id = $1 AND type = 'REMOVE_POST'`, [
        post.id,
      ]);
      expect(row.n).toBe(0);
    });

    it.each([
      ['a moderator', () => moderator],
      ['the owner', () => owner],
    ])("lets %s of the thread's community remove it, logged as REMOVE_POST", async (_, who) => {
      const post = await clubPost();
      expect(expectOk(await t.gql(OPS.deletePost, { id: post.id }, { token: who().token })).deletePost).toBe(true);
      expect(expectOk(await t.gql(OPS.post, { id: post.id }, { token: author.token })).post).toBeNull();
      const log = expectOk(await t.gql(LOG, { slug: club.slug }, { token: owner.token })).community.moderationLog.nodes;
      expect(log[0]).toEqual({ type: 'REMOVE_POST', moderator: { handle: who().user.handle }, targetUser: { handle: author.user.handle } });
      const [row] = await t.db.query(
        `SELECT type, subject_id::text FROM moderation_action WHERE subject_id = $1 AND type = 'REMOVE_POST'`,
        [post.id],
      );
      expect(row).toEqual({ type: 'REMOVE_POST', subject_id: post.id });
    });

    it.each([
      ['a member of the community', () => member, 'club', 'FORBIDDEN'],
      ['a moderator of another community', () => otherModerator, 'club', 'FORBIDDEN'],
      ['a moderator, for a post outside any community', () => moderator, 'none', 'FORBIDDEN'],
      ['a member who cannot see the post', () => outsider, 'hidden', 'NOT_FOUND'],
    ])('refuses %s and writes nothing', async (_, who, where, code) => {
      const communityId = where === 'club' ? club.id : where === 'hidden' ? hidden.id : null;
      const post = await seedPost(t, author, (await seedThread(t, author, { communityId })).id, 'Stays');
      const res = await expectNothingWritten(t, [author, who()], () => t.gql(OPS.deletePost, { id: post.id }, { token: who().token }));
      expect(outcome(res)).toBe(code);
      expect(expectOk(await t.gql(OPS.post, { id: post.id }, { token: author.token })).post).not.toBeNull();
    });
  });
});
