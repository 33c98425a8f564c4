import { createTestApp, TestApp } from '@kindling/testing';
import { Cast, code, createCast, createScene, fileReport, RESOLVE, Scene, snapshot } from './report-fixtures';

const READ_POST = `query($id: ID!, $thread: ID!, $tag: String!) {
  post(id: $id) { id commentCount }
  thread(id: $thread) { postCount posts { nodes { id } } }
  publicFeed(tag: $tag) { nodes { id } }
}`;
const LOG = `query($slug: String!) { community(slug: $slug) { moderationLog { nodes { type reason moderator { handle } targetUser { handle } } } } }`;

/**
 * resolveReport by the community's owners and moderators: REMOVE_CONTENT
 * removes the post or comment, DISMISS keeps it; both close the report and
 * are logged, in one transaction. Anyone else gets NOT_FOUND; a second
 * resolution is a CONFLICT; refusals change nothing.
 */
describe('resolveReport in a community', () => {
  let t: TestApp;
  let cast: Cast;
  let scene: Scene;

  const read = async (who = cast.outsider) =>
    (await t.gql(READ_POST, { id: scene.postId, thread: scene.threadId, tag: scene.tag }, { token: who.token })).data!;
  const log = async () => (await t.gql(LOG, { slug: scene.slug }, { token: cast.owner.token })).data!.community.moderationLog.nodes;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  beforeEach(async () => {
    scene = await createScene(t, cast);
  });
  afterAll(() => t.close());

  it('REMOVE_CONTENT on a post: gone from post(id), the thread and publicFeed; ACTIONED; logged as REMOVE_POST', async () => {
    const id = await fileReport(t, cast.reporter, { postId: scene.postId });
    expect(await read()).toEqual({
      post: { id: scene.postId, commentCount: 1 },
      thread: { postCount: 1, posts: { nodes: [{ id: scene.postId }] } },
      publicFeed: { nodes: [{ id: scene.postId }] },
    });
    const res = await t.gql(RESOLVE, { id, resolution: 'REMOVE_CONTENT' }, { token: cast.moderator.token });
    expect(res.data!.resolveReport).toEqual({
      id,
      status: 'ACTIONED',
      resolvedAt: expect.any(String),
      resolvedBy: { handle: cast.moderator.user.handle },
      post: { id: scene.postId },
      comment: null,
    });
    for (const who of [cast.outsider, cast.author, cast.moderator]) {
      expect(await read(who)).toEqual({ post: null, thread: { postCount: 0, posts: { nodes: [] } }, publicFeed: { nodes: [] } });
    }
    expect(await log()).toEqual([
      {
        type: 'REMOVE_POST',
        reason: `Report ${id}: SPAM`,
        moderator: { handle: cast.moderator.user.handle },
        targetUser: { handle: cast.author.user.handle },
      },
      expect.objectContaining({ type: 'SET_ROLE' }),
    ]);
  });

  it('REMOVE_CONTENT on a comment: a tombstone, one comment fewer on the post; logged as REMOVE_COMMENT', async () => {
    const id = await fileReport(t, cast.reporter, { commentId: scene.commentId, reason: 'HARASSMENT' });
    const res = await t.gql(RESOLVE, { id, resolution: 'REMOVE_CONTENT' }, { token: cast.owner.token });
    expect(res.data!.resolveReport).toMatchObject({
      status: 'ACTIONED',
      resolvedBy: { handle: cast.owner.user.handle },
      comment: { id: scene.commentId, body: null },
    });
    expect((await read()).post).toEqual({ id: scene.postId, commentCount: 0 });
    expect((await log())[0]).toEqual({
      type: 'REMOVE_COMMENT',
      reason: `Report ${id}: HARASSMENT`,
      moderator: { handle: cast.owner.user.handle },
      targetUser: { handle: cast.member.user.handle },
    });
  });

  it('DISMISS: the content stays; DISMISSED; logged as DISMISS_REPORT', async () => {
    const id = await fileReport(t, cast.reporter, { postId: scene.postId, reason: 'OFF_TOPIC' });
    const res = await t.gql(RESOLVE, { id, resolution: 'DISMISS' }, { token: cast.moderator.token });
    expect(res.data!.resolveReport).toMatchObject({
      status: 'DISMISSED',
      resolvedAt: expect.any(String),
      resolvedBy: { handle: cast.moderator.user.handle },
    });
    expect((await read()).post).toEqual({ id: scene.postId, commentCount: 1 });
    expect((await log())[0]).toMatchObject({
      type: 'DISMISS_REPORT',
      reason: `Report ${id}: OFF_TOPIC`,
      targetUser: { handle: cast.author.user.handle },
    });
  });

  it.each(['REMOVE_CONTENT', 'DISMISS'])(
    'a resolved report cannot be resolved again (%s → CONFLICT), and nothing changes',
    async (second) => {
      const id = await fileReport(t, cast.reporter, { postId: scene.postId });
      await t.gql(RESOLVE, { id, resolution: 'DISMISS' }, { token: cast.moderator.token });
      const before = await snapshot(t, scene);
      expect(code(await t.gql(RESOLVE, { id, resolution: second }, { token: cast.owner.token }))).toBe('CONFLICT');
      expect(await snapshot(t, scene)).toEqual(before);
    },
  );

  it('resolves once when two moderators act at the same moment: one wins, the other gets CONFLICT, one log entry', async () => {
    const id = await fileReport(t, cast.reporter, { postId: scene.postId });
    const [a, b] = await Promise.all([
      t.gql(RESOLVE, { id, resolution: 'REMOVE_CONTENT' }, { token: cast.owner.token }),
      t.gql(RESOLVE, { id, resolution: 'DISMISS' }, { token: cast.moderator.token }),
    ]);
    expect([code(a), code(b)].sort()).toEqual(['CONFLICT', 'OK']);
    const entries = (await log()).filter((e: { type: string }) => e.type !== 'SET_ROLE');
    expect(entries).toHaveLength(1);
    const [row] = await t.db.query(`SELECT status FROM report WHERE id = $1`, [id]);
    expect(row.status).toBe(entries[0].type === 'REMOVE_POST' ? 'ACTIONED' : 'DISMISSED');
  });

  it.each(['member', 'author', 'reporter', 'outsider', 'otherModerator'] as const)(
    'is NOT_FOUND for %s, and nothing changes',
    async (who) => {
      const id = await fileReport(t, cast.reporter, { postId: scene.postId });
      const before = await snapshot(t, scene);
      const res = await t.gql(RESOLVE, { id, resolution: 'REMOVE_CONTENT' }, { token: cast[who].token });
      expect(code(res)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
      expect(await snapshot(t, scene)).toEqual(before);
    },
  );

  it('needs a signed-in member, a valid id and an existing report', async () => {
    const id = await fileReport(t, cast.reporter, { postId: scene.postId });
    expect(code(await t.gql(RESOLVE, { id, resolution: 'DISMISS' }))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(RESOLVE, { id: 'x1', resolution: 'DISMISS' }, { token: cast.owner.token }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(RESOLVE, { id: '999999999999', resolution: 'DISMISS' }, { token: cast.owner.token }))).toBe('NOT_FOUND');
  });
});
