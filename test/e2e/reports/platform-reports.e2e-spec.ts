import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { UserRole } from '@kindling/users';
import { setPlatformRole } from '../../../scripts/admin-grant';
import { Cast, code, COMMUNITY_REPORTS, createCast, createLoosePost, createScene, fileReport, RESOLVE, snapshot } from './report-fixtures';

const ADMIN_REPORTS = `query($status: ReportStatus, $first: Int) { reports(status: $status, first: $first) { nodes { id status post { id } comment { id } } } }`;

/**
 * Reports on content outside any community go to platform admins (role
 * ADMIN, granted with `npm run admin:grant`): they list them with the root
 * `reports` query and resolve them; no community log records it. Community
 * staff cannot touch them, and admins do not resolve community reports.
 */
describe('reports outside communities', () => {
  let t: TestApp;
  let cast: Cast;
  let admin: TestMember;
  let loose: Awaited<ReturnType<typeof createLoosePost>>;

  const adminList = async (who: TestMember | null, status?: string) => t.gql(ADMIN_REPORTS, { status, first: 100 }, { token: who?.token });
  const ours = (res: Awaited<ReturnType<typeof adminList>>, ids: string[]) =>
    res.data!.reports.nodes.filter((n: { id: string }) => ids.includes(n.id));

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    admin = await t.factories.member();
    expect(await setPlatformRole(t.db, admin.user.handle, UserRole.ADMIN)).toMatchObject({ role: 'ADMIN' });
  });
  beforeEach(async () => {
    loose = await createLoosePost(t, cast.author, cast.member);
  });
  afterAll(() => t.close());

  it('admin:grant reports an unknown handle as null', async () => {
    expect(await setPlatformRole(t.db, 'no_such_member_here', UserRole.ADMIN)).toBeNull();
  });

  it('lists them for admins only (newest first), never in a community', async () => {
    const post = await fileReport(t, cast.reporter, { postId: loose.postId });
    const comment = await fileReport(t, cast.reporter, { commentId: loose.commentId });
    expect(ours(await adminList(admin), [post, comment])).toEqual([
      { id: comment, status: 'OPEN', post: null, comment: { id: loose.commentId } },
      { id: post, status: 'OPEN', post: { id: loose.postId }, comment: null },
    ]);
    expect(ours(await adminList(admin, 'DISMISSED'), [post, comment])).toEqual([]);
    for (const who of [cast.owner, cast.moderator, cast.reporter]) expect(code(await adminList(who))).toBe('FORBIDDEN');
    expect(code(await adminList(null))).toBe('UNAUTHENTICATED');
    const scene = await createScene(t, cast);
    const inCommunity = await t.gql(COMMUNITY_REPORTS, { slug: scene.slug }, { token: cast.owner.token });
    expect(inCommunity.data!.community.reports.edges).toEqual([]);
  });

  it('admins remove the content; nothing is logged in any community', async () => {
    const id = await fileReport(t, cast.reporter, { postId: loose.postId });
    const res = await t.gql(RESOLVE, { id, resolution: 'REMOVE_CONTENT' }, { token: admin.token });
    expect(res.data!.resolveReport).toMatchObject({ status: 'ACTIONED', resolvedBy: { handle: admin.user.handle } });
    const read = await t.gql(`query($id: ID!) { post(id: $id) { id } }`, { id: loose.postId }, { token: cast.reporter.token });
    expect(read.data).toEqual({ post: null });
    expect(
      await t.db.query(`SELECT id FROM moderation_action WHERE subject_id = $1 AND type IN ('REMOVE_POST', 'DISMISS_REPORT')`, [
        loose.postId,
      ]),
    ).toEqual([]);
  });

  it('admins dismiss: the comment stays', async () => {
    const id = await fileReport(t, cast.reporter, { commentId: loose.commentId });
    const res = await t.gql(RESOLVE, { id, resolution: 'DISMISS' }, { token: admin.token });
    expect(res.data!.resolveReport).toMatchObject({ status: 'DISMISSED', comment: { id: loose.commentId, body: 'Loose comment' } });
    expect(
      await t.db.query(`SELECT id FROM moderation_action WHERE subject_id = $1 AND type IN ('REMOVE_COMMENT', 'DISMISS_REPORT')`, [
        loose.commentId,
      ]),
    ).toEqual([]);
  });

  it('is NOT_FOUND for community staff and members, and nothing changes', async () => {
    const id = await fileReport(t, cast.reporter, { postId: loose.postId });
    for (const who of [cast.owner, cast.moderator, cast.otherModerator, cast.author, cast.reporter]) {
      const before = await snapshot(t, loose);
      expect(code(await t.gql(RESOLVE, { id, resolution: 'REMOVE_CONTENT' }, { token: who.token }))).toBe('NOT_FOUND');
      expect(await snapshot(t, loose)).toEqual(before);
    }
  });

  it('admins do not resolve community reports (NOT_FOUND): those belong to the community staff', async () => {
    const scene = await createScene(t, cast);
    const id = await fileReport(t, cast.reporter, { postId: scene.postId });
    const before = await snapshot(t, scene);
    expect(code(await t.gql(RESOLVE, { id, resolution: 'REMOVE_CONTENT' }, { token: admin.token }))).toBe('NOT_FOUND');
    expect(await snapshot(t, scene)).toEqual(before);
  });

  it('a revoked admin is FORBIDDEN and cannot resolve', async () => {
    const former = await t.factories.member();
    await setPlatformRole(t.db, former.user.handle, UserRole.ADMIN);
    expect(code(await adminList(former))).toBe('OK');
    await setPlatformRole(t.db, former.user.handle, UserRole.MEMBER);
    expect(code(await adminList(former))).toBe('FORBIDDEN');
    const id = await fileReport(t, cast.reporter, { postId: loose.postId });
    expect(code(await t.gql(RESOLVE, { id, resolution: 'DISMISS' }, { token: former.token }))).toBe('NOT_FOUND');
  });
});
