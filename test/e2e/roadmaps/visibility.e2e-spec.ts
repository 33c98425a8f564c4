import { CommunityVisibility, MembershipsService } from '@kindling/communities';
import { EnrollmentsService, RoadmapPublishingService } from '@kindling/roadmaps';
import { ThreadsService } from '@kindling/threads';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectOk, OPS, refusal, seedCommunity, seedRoadmap, SeededRoadmap } from './roadmap-fixtures';

const SEEN = `query($id: ID!) { roadmap(id: $id) { id status hasUnpublishedChanges steps { title } } }`;
const COMMUNITY = `query($slug: String!, $status: RoadmapStatus) { community(slug: $slug) { roadmaps(status: $status) { nodes { id status } } } }`;
const LIST = `query($communityId: ID, $query: String, $first: Int, $after: String) {
  roadmaps(communityId: $communityId, query: $query, first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } }
}`;
const POST_STEP = `query($id: ID!) { post(id: $id) { id roadmapStep { id title } } }`;

/** Drafts for moderators only; a private community's roadmaps for its ACTIVE members only; lists and nested fields alike. */
describe('roadmap visibility', () => {
  let t: TestApp;
  let owner: TestMember, moderator: TestMember, member: TestMember, pending: TestMember, banned: TestMember, outsider: TestMember;
  let secret: { id: string; slug: string };
  let open: { id: string; slug: string };
  let published: SeededRoadmap, draft: SeededRoadmap, archived: SeededRoadmap, openRoadmap: SeededRoadmap;

  const as = (who: TestMember | null) => ({ token: who?.token });
  const seen = async (who: TestMember | null, id: string) => expectOk(await t.gql(SEEN, { id }, as(who))).roadmap;
  const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id);

  beforeAll(async () => {
    t = await createTestApp();
    [owner, moderator, member, pending, banned, outsider] = await t.factories.members(6);
    secret = await seedCommunity(t, {
      owner,
      visibility: CommunityVisibility.PRIVATE,
      moderators: [moderator],
      active: [member],
      pending: [pending],
      banned: [banned],
    });
    open = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, active: [member] });
    published = await seedRoadmap(t, moderator, secret.id, [['Public step']], { title: 'Secret handshake' });
    await seedRoadmap(t, moderator, secret.id, [['Another draft']], { publish: false });
    draft = await seedRoadmap(t, moderator, secret.id, [['Work in progress']], { publish: false });
    archived = await seedRoadmap(t, owner, open.id, [['Old']], { title: 'Zebra archaeology' });
    await t.app.get(RoadmapPublishingService).archive(owner.user.id, archived.id);
    openRoadmap = await seedRoadmap(t, owner, open.id, [['Start']], { title: 'Zebra husbandry' });
    await t.gql(OPS.addStep, { roadmapId: published.id, input: { title: 'Draft step' } }, as(moderator));
  });
  afterAll(() => t.close());

  it.each([
    ['anonymous', null, false],
    ['a non-member', 'outsider', false],
    ['a pending member', 'pending', false],
    ['a banned member', 'banned', false],
    ['an active member', 'member', true],
    ['a moderator', 'moderator', true],
  ] as const)('a private community’s published roadmap, read by %s: %s', async (_, who, visible) => {
    const viewer = who === null ? null : { outsider, pending, banned, member, moderator }[who];
    expect((await seen(viewer, published.id)) !== null).toBe(visible);
    if (viewer && !visible) {
      expect(refusal(await t.gql(OPS.enroll, { roadmapId: published.id, createThread: false }, as(viewer)))).toEqual({
        code: 'NOT_FOUND',
        field: 'roadmapId',
      });
    }
  });

  it('shows moderators the draft (and that it changed), members the published version', async () => {
    expect(await seen(moderator, published.id)).toMatchObject({
      hasUnpublishedChanges: true,
      steps: [{ title: 'Public step' }, { title: 'Draft step' }],
    });
    expect(await seen(member, published.id)).toMatchObject({ hasUnpublishedChanges: false, steps: [{ title: 'Public step' }] });
  });

  it('keeps a never-published draft to moderators', async () => {
    expect(await seen(member, draft.id)).toBeNull();
    expect(await seen(moderator, draft.id)).toMatchObject({ status: 'DRAFT', steps: [{ title: 'Work in progress' }] });
  });

  it('Community.roadmaps: drafts for moderators, nothing for outsiders of a private community', async () => {
    const list = async (who: TestMember | null, status?: string) =>
      expectOk(await t.gql(COMMUNITY, { slug: secret.slug, status }, as(who))).community.roadmaps.nodes;
    expect((await list(moderator)).length).toBe(3);
    expect(ids(await list(moderator, 'DRAFT'))).toContain(draft.id);
    expect(ids(await list(member))).toEqual([published.id]);
    expect(await list(member, 'DRAFT')).toEqual([]);
    expect(await list(outsider)).toEqual([]);
    expect(await list(null)).toEqual([]);
  });

  it('Query.roadmaps: published roadmaps the viewer may see, by community and words, paged', async () => {
    const list = async (who: TestMember | null, vars: Record<string, unknown>) => expectOk(await t.gql(LIST, vars, as(who))).roadmaps;
    expect(ids((await list(outsider, { communityId: open.id })).nodes)).toEqual([openRoadmap.id]);
    expect(ids((await list(outsider, { communityId: secret.id })).nodes)).toEqual([]);
    expect(ids((await list(member, { communityId: secret.id })).nodes)).toEqual([published.id]);
    expect(ids((await list(null, { query: 'zebra husb' })).nodes)).toEqual([openRoadmap.id]);
    expect(ids((await list(member, { query: 'secret' })).nodes)).toEqual([published.id]);
    expect(ids((await list(outsider, { query: 'secret' })).nodes)).toEqual([]);
    const first = await list(member, { first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(member, { first: 1, after: first.pageInfo.endCursor });
    expect(ids(second.nodes)).not.toEqual(ids(first.nodes));
  });

  it('a member who leaves a private community stops seeing its roadmap, their enrollment in it and the steps their posts cite', async () => {
    const leaver = await t.factories.member();
    const memberships = t.app.get(MembershipsService);
    await memberships.review(owner.user.id, (await memberships.join(leaver.user.id, secret.id)).id, true);
    const enrollment = await t.app.get(EnrollmentsService).enroll(leaver.user.id, published.id, false);
    const personal = await t.app.get(ThreadsService).create(leaver.user.id, { title: 'My journal' });
    const post = expectOk(
      await t.gql(
        `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
        { input: { threadId: personal.id, body: 'Step one', roadmapStepId: published.steps['Public step'] } },
        as(leaver),
      ),
    ).createPost;
    expect(expectOk(await t.gql(POST_STEP, { id: post.id }, as(member))).post.roadmapStep).toEqual({
      id: published.steps['Public step'],
      title: 'Public step',
    });
    expect(expectOk(await t.gql(POST_STEP, { id: post.id }, as(outsider))).post.roadmapStep).toBeNull();

    await memberships.leave(leaver.user.id, secret.id);
    expect(await seen(leaver, published.id)).toBeNull();
    expect(expectOk(await t.gql(OPS.myEnrollments, {}, as(leaver))).myEnrollments.nodes).toEqual([]);
    expect(refusal(await t.gql(OPS.upgrade, { id: enrollment.id }, as(leaver)))).toEqual({ code: 'NOT_FOUND', field: 'enrollmentId' });
    expect(expectOk(await t.gql(POST_STEP, { id: post.id }, as(leaver))).post.roadmapStep).toBeNull();
  });

  it('resolves nested roadmap fields of a list in a bounded number of statements', async () => {
    // Eight roadmaps of up to 200 steps each fit the cost limit; their prerequisites do not (next test).
    const query = `query($slug: String!) { community(slug: $slug) { roadmaps(first: 8) { nodes {
      id author { handle } community { slug } hasUnpublishedChanges enrollmentCount
      steps { id resources { url } }
      viewerEnrollment { progress upgradeAvailable thread { id } steps { status unlocked step { id } evidence { id } verifiedBy { id } } }
    } } } }`;
    const crowded = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, active: [member] });
    const count = async () => {
      const statements = await t.queries.record(async () => expectOk(await t.gql(query, { slug: crowded.slug }, as(member))));
      return statements.length;
    };
    for (let i = 0; i < 2; i++)
      await t.app
        .get(EnrollmentsService)
        .enroll(member.user.id, (await seedRoadmap(t, owner, crowded.id, [['A'], ['B', ['A']]])).id, false);
    const few = await count();
    for (let i = 0; i < 6; i++)
      await t.app
        .get(EnrollmentsService)
        .enroll(member.user.id, (await seedRoadmap(t, owner, crowded.id, [['A'], ['B', ['A']]])).id, false);
    expect(await count()).toBe(few);
    expect(few).toBeLessThanOrEqual(12);
  });

  it("resolves a roadmap's prerequisites in the same number of statements for 2 steps and for 8", async () => {
    const query = `query($id: ID!) { roadmap(id: $id) { steps { id prerequisites { id title } } } }`;
    const crowded = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, active: [member] });
    const chain = (n: number) => Array.from({ length: n }, (_, i): [string, string[]] => [`S${i}`, i === 0 ? [] : [`S${i - 1}`]]);
    const count = async (steps: number) => {
      const roadmap = await seedRoadmap(t, owner, crowded.id, chain(steps));
      let prerequisites = 0;
      const statements = await t.queries.record(async () => {
        const data = expectOk(await t.gql(query, { id: roadmap.id }, as(member)));
        prerequisites = data.roadmap.steps.flatMap((step: { prerequisites: unknown[] }) => step.prerequisites).length;
      });
      expect(prerequisites).toBe(steps - 1);
      return statements.length;
    };
    expect(await count(8)).toBe(await count(2));
  });
});
