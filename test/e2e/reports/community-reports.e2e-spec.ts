import { createTestApp, expectStatementCount, TestApp } from '@kindling/testing';
import { Cast, code, COMMUNITY_REPORTS, createCast, createLoosePost, createScene, fileReport, RESOLVE, Scene } from './report-fixtures';

/** Community.reports: its owners and moderators read them (newest first, by status, paged); FORBIDDEN for everyone else. */
describe('Community.reports', () => {
  let t: TestApp;
  let cast: Cast;
  let scene: Scene;
  let ids: { post: string; comment: string; other: string };

  const list = (who: keyof Cast | 'anonymous', args: Record<string, unknown> = {}) =>
    t.gql(COMMUNITY_REPORTS, { slug: scene.slug, ...args }, { token: who === 'anonymous' ? undefined : cast[who].token });

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    scene = await createScene(t, cast);
    const elsewhere = await createScene(t, cast);
    const loose = await createLoosePost(t, cast.author, cast.member);
    await fileReport(t, cast.reporter, { postId: elsewhere.postId });
    await fileReport(t, cast.reporter, { postId: loose.postId });
    ids = {
      post: await fileReport(t, cast.reporter, { postId: scene.postId }),
      comment: await fileReport(t, cast.reporter, { commentId: scene.commentId, reason: 'OFF_TOPIC' }),
      other: await fileReport(t, cast.member, { postId: scene.postId, reason: 'INAPPROPRIATE' }),
    };
    const dismissed = await t.gql(RESOLVE, { id: ids.post, resolution: 'DISMISS' }, { token: cast.owner.token });
    expect(dismissed.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it.each(['owner', 'moderator'] as const)('shows the %s this community’s reports only, newest first', async (who) => {
    const res = await list(who);
    expect(res.errors).toBeUndefined();
    expect(res.data!.community.reports.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { id: ids.other, status: 'OPEN', reason: 'INAPPROPRIATE' },
      { id: ids.comment, status: 'OPEN', reason: 'OFF_TOPIC' },
      { id: ids.post, status: 'DISMISSED', reason: 'SPAM' },
    ]);
  });

  it('filters by status', async () => {
    const open = await list('moderator', { status: 'OPEN' });
    expect(open.data!.community.reports.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.other, ids.comment]);
    const dismissed = await list('moderator', { status: 'DISMISSED' });
    expect(dismissed.data!.community.reports.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.post]);
    const actioned = await list('moderator', { status: 'ACTIONED' });
    expect(actioned.data!.community.reports.edges).toEqual([]);
  });

  it('pages with keyset cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const res = await list('owner', { first: 1, after });
      const { edges, pageInfo } = res.data!.community.reports;
      seen.push(...edges.map((e: { node: { id: string } }) => e.node.id));
      expect(pageInfo.hasNextPage).toBe(page < 2);
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual([ids.other, ids.comment, ids.post]);
    expect(code(await list('owner', { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('loads reporters, items and resolvers of a page in a fixed number of statements', async () => {
    const query = `query($slug: String!) { community(slug: $slug) { reports {
      nodes { reporter { handle } resolvedBy { handle } post { id author { handle } } comment { id author { handle } } }
    } } }`;
    const { result } = await expectStatementCount(t.queries, () => t.gql(query, { slug: scene.slug }, { token: cast.owner.token }), {
      max: 7,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.community.reports.nodes).toHaveLength(3);
  });

  it.each(['member', 'author', 'reporter', 'outsider', 'otherModerator', 'anonymous'] as const)('is FORBIDDEN for %s', async (who) => {
    const res = await list(who);
    expect(code(res)).toBe('FORBIDDEN');
    expect(res.data).toEqual({ community: null });
  });
});
