import { CommunitiesService, CommunityRole, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { CommentsService } from '@kindling/comments';
import { EmploymentType, JobPostingsService } from '@kindling/job-board';
import { PostsService } from '@kindling/posts';
import { RoadmapsService } from '@kindling/roadmaps';
import { createTestApp, GraphQLResponse, TestApp, TestMember, uniqueSlug } from '@kindling/testing';
import { ThreadsService } from '@kindling/threads';

/** One reason per rule, and the argument it is about as `field`: what a client needs to point at the right input. */
describe('refusals name their reason and field', () => {
  let t: TestApp;
  let owner: TestMember, moderator: TestMember, member: TestMember, banned: TestMember;
  const ids: Record<string, string> = {};

  const refusedAs = (res: GraphQLResponse) => {
    const extensions = res.errors?.[0]?.extensions ?? {};
    return { code: extensions.code, reason: extensions.reason, field: extensions.field };
  };

  beforeAll(async () => {
    t = await createTestApp();
    [owner, moderator, member, banned] = await t.factories.members(4);
    const community = await t.app.get(CommunitiesService).create(owner.user.id, {
      slug: uniqueSlug('rf'),
      name: 'Refusals',
      visibility: CommunityVisibility.PUBLIC,
    });
    const memberships = t.app.get(MembershipsService);
    for (const who of [moderator, member]) await memberships.join(who.user.id, community.id);
    await memberships.setRole(owner.user.id, community.id, moderator.user.id, CommunityRole.MODERATOR);
    await memberships.ban(owner.user.id, community.id, banned.user.id);
    const thread = await t.app.get(ThreadsService).create(owner.user.id, { title: 'Mine' });
    const post = await t.app.get(PostsService).create(owner.user.id, { threadId: thread.id, body: 'Mine' });
    const comment = await t.app.get(CommentsService).add(owner.user.id, { postId: post.id, body: 'Mine' });
    const job = await t.app.get(JobPostingsService).post(owner.user.id, {
      title: 'Mine',
      company: 'Acme',
      description: 'Mine',
      remote: true,
      employmentType: EmploymentType.FULL_TIME,
      skills: ['go'],
      applyUrl: 'https://example.com/jobs/1',
    });
    const roadmap = await t.app
      .get(RoadmapsService)
      .create(owner.user.id, { communityId: community.id, slug: uniqueSlug('rf'), title: 'Full' });
    // Filled to the 200-step cap directly: the next addRoadmapStep is the refusal under test.
    await t.db.query(
      `INSERT INTO roadmap_step (roadmap_id, title, position) SELECT $1, 'Step ' || n, n FROM generate_series(1, 200) AS n`,
      [roadmap.id],
    );
    Object.assign(ids, {
      community: community.id,
      slug: community.slug,
      thread: thread.id,
      post: post.id,
      comment: comment.id,
      job: job.id,
      roadmap: roadmap.id,
    });
  });
  afterAll(() => t.close());

  const cases: Array<[string, () => [string, Record<string, unknown>, TestMember], { code: string; reason: string; field: string }]> = [
    [
      'editPost by another member',
      () => [`mutation($id: ID!) { editPost(id: $id, body: "x") { id } }`, { id: ids.post }, member],
      { code: 'FORBIDDEN', reason: 'NOT_POST_AUTHOR', field: 'id' },
    ],
    [
      'deletePost by another member',
      () => [`mutation($id: ID!) { deletePost(id: $id) }`, { id: ids.post }, member],
      { code: 'FORBIDDEN', reason: 'NOT_POST_AUTHOR', field: 'id' },
    ],
    [
      'editComment by another member',
      () => [`mutation($id: ID!) { editComment(id: $id, body: "x") { id } }`, { id: ids.comment }, member],
      { code: 'FORBIDDEN', reason: 'NOT_COMMENT_AUTHOR', field: 'id' },
    ],
    [
      'deleteComment by another member',
      () => [`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: ids.comment }, member],
      { code: 'FORBIDDEN', reason: 'NOT_COMMENT_AUTHOR', field: 'id' },
    ],
    [
      'updateThread by another member',
      () => [`mutation($id: ID!) { updateThread(id: $id, input: { title: "x" }) { id } }`, { id: ids.thread }, member],
      { code: 'FORBIDDEN', reason: 'NOT_THREAD_AUTHOR', field: 'id' },
    ],
    [
      'closeJob by another member',
      () => [`mutation($id: ID!) { closeJob(id: $id) { id } }`, { id: ids.job }, member],
      { code: 'FORBIDDEN', reason: 'NOT_JOB_POSTER', field: 'id' },
    ],
    [
      'joinCommunity while banned',
      () => [`mutation($c: ID!) { joinCommunity(communityId: $c) { id } }`, { c: ids.community }, banned],
      { code: 'FORBIDDEN', reason: 'BANNED', field: 'communityId' },
    ],
    [
      'banMember by a plain member',
      () => [
        `mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u) { id } }`,
        { c: ids.community, u: moderator.user.id },
        member,
      ],
      { code: 'FORBIDDEN', reason: 'NOT_A_MODERATOR', field: 'communityId' },
    ],
    [
      'unbanMember by a plain member',
      () => [`mutation($c: ID!, $u: ID!) { unbanMember(communityId: $c, userId: $u) }`, { c: ids.community, u: banned.user.id }, member],
      { code: 'FORBIDDEN', reason: 'NOT_A_MODERATOR', field: 'communityId' },
    ],
    [
      'setMemberRole by a moderator',
      () => [
        `mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { id } }`,
        { c: ids.community, u: member.user.id },
        moderator,
      ],
      { code: 'FORBIDDEN', reason: 'OWNER_ONLY', field: 'communityId' },
    ],
    [
      'updateCommunity by a plain member',
      () => [`mutation($id: ID!) { updateCommunity(id: $id, input: { name: "x" }) { id } }`, { id: ids.community }, member],
      { code: 'FORBIDDEN', reason: 'NOT_A_MODERATOR', field: 'id' },
    ],
    [
      'leaveCommunity by its only owner',
      () => [`mutation($c: ID!) { leaveCommunity(communityId: $c) }`, { c: ids.community }, owner],
      { code: 'CONFLICT', reason: 'LAST_OWNER', field: 'communityId' },
    ],
    [
      'setMemberRole demoting the only owner',
      () => [
        `mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { id } }`,
        { c: ids.community, u: owner.user.id },
        owner,
      ],
      { code: 'CONFLICT', reason: 'LAST_OWNER', field: 'userId' },
    ],
    [
      'addRoadmapStep past the 200-step cap',
      () => [`mutation($r: ID!) { addRoadmapStep(roadmapId: $r, input: { title: "x" }) { id } }`, { r: ids.roadmap }, owner],
      { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_STEPS', field: 'roadmapId' },
    ],
    [
      "a community's reports read by a plain member",
      () => [`query($s: String!) { community(slug: $s) { reports { nodes { id } } } }`, { s: ids.slug }, member],
      { code: 'FORBIDDEN', reason: 'NOT_A_MODERATOR', field: 'reports' },
    ],
    [
      'the platform reports read by a non-admin',
      () => [`query { reports { nodes { id } } }`, {}, member],
      { code: 'FORBIDDEN', reason: 'ADMIN_ONLY', field: 'reports' },
    ],
  ];

  it.each(cases)('%s', async (_name, operation, expected) => {
    const [query, variables, who] = operation();
    expect(refusedAs(await t.gql(query, variables, { token: who.token }))).toEqual(expected);
  });
});
