import { CommunityVisibility } from '@kindling/communities';
import { PostsService } from '@kindling/posts';
import { SocialGraphService } from '@kindling/social-graph';
import { createTestApp, firstError, TestApp } from '@kindling/testing';
import { Cast, code, createCast, createScene, fileReport, REPORT, RESOLVE, Scene, snapshot } from './report-fixtures';

/**
 * reportContent: a post or a comment the reporter can see, exactly one of
 * them, details up to 1000 characters, one OPEN report per reporter and item.
 * Whatever is refused writes nothing.
 */
describe('reportContent', () => {
  let t: TestApp;
  let cast: Cast;
  let scene: Scene;

  beforeAll(async () => {
    t = await createTestApp({ env: { WRITE_LIMITS: 'reports=999/60' } }); // one reporter files many here; write-limits.e2e-spec tests the limit
    cast = await createCast(t);
  });
  beforeEach(async () => {
    scene = await createScene(t, cast);
  });
  afterAll(() => t.close());

  it('files an OPEN report on a post, for the community that holds it', async () => {
    const res = await t.gql(
      REPORT,
      { input: { postId: scene.postId, reason: 'SPAM', details: '  Selling stuff  ' } },
      { token: cast.reporter.token },
    );
    expect(res.data!.reportContent).toEqual({
      id: expect.any(String),
      reason: 'SPAM',
      details: 'Selling stuff',
      status: 'OPEN',
      resolvedAt: null,
      resolvedBy: null,
      reporter: { handle: cast.reporter.user.handle },
      post: { id: scene.postId },
      comment: null,
    });
    const [row] = await t.db.query(`SELECT community_id::text, comment_id FROM report WHERE id = $1`, [res.data!.reportContent.id]);
    expect(row).toEqual({ community_id: scene.communityId, comment_id: null });
  });

  it('files a report on a comment', async () => {
    const res = await t.gql(REPORT, { input: { commentId: scene.commentId, reason: 'HARASSMENT' } }, { token: cast.reporter.token });
    expect(res.data!.reportContent).toMatchObject({ reason: 'HARASSMENT', details: null, post: null, comment: { id: scene.commentId } });
  });

  it.each([
    ['both ids', (s: Scene) => ({ postId: s.postId, commentId: s.commentId }), 'postId'],
    ['neither id', () => ({}), 'postId'],
    ['a malformed postId', () => ({ postId: 'abc' }), 'postId'],
    ['a malformed commentId', () => ({ commentId: '0' }), 'commentId'],
    ['details over 1000 characters', (s: Scene) => ({ postId: s.postId, details: 'x'.repeat(1001) }), 'details'],
  ])('refuses %s as BAD_USER_INPUT and writes nothing', async (_, input, field) => {
    const before = await snapshot(t, scene);
    const res = await t.gql(REPORT, { input: { reason: 'OTHER', ...input(scene) } }, { token: cast.reporter.token });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot(t, scene)).toEqual(before);
  });

  it('accepts details of exactly 1000 characters', async () => {
    const res = await t.gql(
      REPORT,
      { input: { postId: scene.postId, reason: 'OTHER', details: 'x'.repeat(1000) } },
      { token: cast.reporter.token },
    );
    expect(res.data!.reportContent.details).toHaveLength(1000);
  });

  it('refuses a second OPEN report by the same member on the same item (CONFLICT), allows it once resolved', async () => {
    await fileReport(t, cast.reporter, { postId: scene.postId });
    const first = await fileReport(t, cast.reporter, { commentId: scene.commentId });
    for (const input of [{ postId: scene.postId }, { commentId: scene.commentId }]) {
      const before = await snapshot(t, scene);
      const again = await t.gql(REPORT, { input: { ...input, reason: 'OTHER' } }, { token: cast.reporter.token });
      expect(code(again)).toBe('CONFLICT');
      expect(await snapshot(t, scene)).toEqual(before);
    }
    await fileReport(t, cast.member, { postId: scene.postId });
    await t.gql(RESOLVE, { id: first, resolution: 'DISMISS' }, { token: cast.moderator.token });
    await fileReport(t, cast.reporter, { commentId: scene.commentId });
  });

  it('lets exactly one of several simultaneous identical reports through', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () => t.gql(REPORT, { input: { postId: scene.postId, reason: 'SPAM' } }, { token: cast.reporter.token })),
    );
    expect(attempts.map(code).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  });

  it('needs a signed-in member', async () => {
    expect(code(await t.gql(REPORT, { input: { postId: scene.postId, reason: 'SPAM' } }))).toBe('UNAUTHENTICATED');
  });

  describe('what the reporter cannot see is NOT_FOUND', () => {
    const refuse = async (input: Record<string, unknown>, who = cast.reporter, inScene = scene) => {
      const before = await snapshot(t, inScene);
      const res = await t.gql(REPORT, { input: { reason: 'SPAM', ...input } }, { token: who.token });
      expect(code(res)).toBe('NOT_FOUND');
      expect(await snapshot(t, inScene)).toEqual(before);
    };

    it('a post or comment inside a private community, for a non-member', async () => {
      const hidden = await createScene(t, cast, CommunityVisibility.PRIVATE);
      await refuse({ postId: hidden.postId }, cast.outsider, hidden);
      await refuse({ commentId: hidden.commentId }, cast.outsider, hidden);
    });

    it('content of a member who blocked the reporter, or whom the reporter blocked', async () => {
      await t.app.get(SocialGraphService).block(cast.author.user.id, cast.outsider.user.id);
      await refuse({ postId: scene.postId }, cast.outsider);
      await t.app.get(SocialGraphService).block(cast.outsider.user.id, cast.member.user.id);
      await refuse({ commentId: scene.commentId }, cast.outsider);
    });

    it('a deleted post, a deleted comment, an id that does not exist', async () => {
      await t.gql(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: scene.commentId }, { token: cast.member.token });
      await refuse({ commentId: scene.commentId });
      await t.app.get(PostsService).delete(cast.author.user.id, scene.postId);
      await refuse({ postId: scene.postId });
      await refuse({ postId: '999999999999' });
      await refuse({ commentId: '999999999999' });
    });
  });
});
