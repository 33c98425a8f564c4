import { CommunityVisibility, MembershipsService } from '@kindling/communities';
import { EnrollmentsService, RoadmapDraftService, RoadmapPublishingService } from '@kindling/roadmaps';
import { createTestApp, expectOk, GraphQLResponse, outcome, TestApp, TestMember, uniqueSlug } from '@kindling/testing';
import { CLOSE_JOB, jobInput, POST_JOB, UPDATE_JOB } from '../job-board/job-fixtures';
import { roadmapRows, seedCommunity, seedRoadmap, SeededRoadmap } from '../roadmaps/roadmap-fixtures';
import { contentSnapshot } from './security-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const reasonOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.reason;

/**
 * A ban stops every write into the community's content, on every path: a member banned from a public community
 * still reads it (it is public) but can no longer post in their own thread there, edit it or their posts and
 * comments, comment, reply, react or subscribe: FORBIDDEN (reason BANNED) on the argument at fault, nothing written.
 * In a private community the ban makes everything invisible, so the same calls read as a missing id (NOT_FOUND).
 * Taking things back (deletePost, unreact, unsubscribe) stays open.
 */
describe('bans apply on every write path', () => {
  let owner: TestMember;
  let banned: TestMember;
  let member: TestMember;
  const ids = {} as Record<'community' | 'ownThread' | 'ownPost' | 'ownComment' | 'thread' | 'post' | 'comment', string>;
  const privateIds = {} as Record<'community' | 'ownThread' | 'ownPost' | 'post' | 'thread', string>;

  const as = (who: TestMember) => ({ token: who.token });
  const gql = async (who: TestMember, query: string, variables: Record<string, unknown> = {}) =>
    expectOk(await t.gql(query, variables, as(who)));

  async function community(visibility: 'PUBLIC' | 'PRIVATE') {
    const res = await gql(owner, `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`, {
      input: { slug: uniqueSlug('ban'), name: 'Ban rules', visibility },
    });
    const id = res.createCommunity.id as string;
    for (const who of [banned, member]) {
      const joined = await gql(who, `mutation($id: ID!) { joinCommunity(communityId: $id) { id status } }`, { id });
      if (joined.joinCommunity.status === 'PENDING') {
        await gql(owner, `mutation($id: ID!) { reviewMembership(membershipId: $id, approve: true) { id } }`, {
          id: joined.joinCommunity.id,
        });
      }
    }
    return id;
  }
  const thread = async (who: TestMember, communityId: string) =>
    (
      await gql(who, `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`, {
        input: { title: 'Learning in public', communityId },
      })
    ).createThread.id as string;
  const post = async (who: TestMember, threadId: string) =>
    (await gql(who, `mutation($t: ID!) { createPost(input: { threadId: $t, body: "day one" }) { id } }`, { t: threadId })).createPost
      .id as string;
  const comment = async (who: TestMember, postId: string) =>
    (await gql(who, `mutation($p: ID!) { addComment(input: { postId: $p, body: "nice" }) { id } }`, { p: postId })).addComment.id as string;
  const ban = (communityId: string) =>
    gql(owner, `mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u) { status } }`, { c: communityId, u: banned.user.id });

  beforeAll(async () => {
    [owner, banned, member] = await t.factories.members(3);
    ids.community = await community('PUBLIC');
    ids.ownThread = await thread(banned, ids.community);
    ids.ownPost = await post(banned, ids.ownThread);
    ids.thread = await thread(owner, ids.community);
    ids.post = await post(owner, ids.thread);
    ids.comment = await comment(owner, ids.post);
    ids.ownComment = await comment(banned, ids.post);
    // Things to take back after the ban.
    await gql(banned, `mutation($p: ID!) { react(postId: $p, type: CHEER) { id } }`, { p: ids.post });
    await gql(banned, `mutation($t: ID!) { subscribeToThread(threadId: $t) { id } }`, { t: ids.thread });
    await ban(ids.community);

    privateIds.community = await community('PRIVATE');
    privateIds.ownThread = await thread(banned, privateIds.community);
    privateIds.ownPost = await post(banned, privateIds.ownThread);
    privateIds.thread = await thread(owner, privateIds.community);
    privateIds.post = await post(owner, privateIds.thread);
    await ban(privateIds.community);
  });

  type Ids = { ownThread: string; ownPost: string; thread: string; post: string; ownComment?: string; comment?: string };
  // [name, mutation, variables, argument at fault]
  const writes: Array<[string, string, (x: Ids) => Record<string, unknown>, string]> = [
    [
      'createPost in their own thread',
      `mutation($t: ID!) { createPost(input: { threadId: $t, body: "still here" }) { id } }`,
      (x) => ({ t: x.ownThread }),
      'threadId',
    ],
    ['editPost of their own post', `mutation($id: ID!) { editPost(id: $id, body: "edited") { id } }`, (x) => ({ id: x.ownPost }), 'id'],
    [
      'updateThread of their own thread',
      `mutation($id: ID!) { updateThread(id: $id, input: { title: "renamed" }) { id } }`,
      (x) => ({ id: x.ownThread }),
      'id',
    ],
    ['addComment', `mutation($p: ID!) { addComment(input: { postId: $p, body: "hi" }) { id } }`, (x) => ({ p: x.post }), 'postId'],
    ['react', `mutation($p: ID!) { react(postId: $p, type: SUPPORT) { id } }`, (x) => ({ p: x.post }), 'postId'],
    ['subscribeToThread', `mutation($t: ID!) { subscribeToThread(threadId: $t) { id } }`, (x) => ({ t: x.ownThread }), 'threadId'],
  ];
  const publicOnly: typeof writes = [
    [
      'addComment as a reply',
      `mutation($p: ID!, $c: ID!) { addComment(input: { postId: $p, parentId: $c, body: "hi" }) { id } }`,
      (x) => ({ p: x.post, c: x.comment }),
      'postId',
    ],
    [
      'editComment of their own comment',
      `mutation($id: ID!) { editComment(id: $id, body: "edited") { id } }`,
      (x) => ({ id: x.ownComment }),
      'id',
    ],
  ];

  it.each([...writes, ...publicOnly])(
    'public community: %s is FORBIDDEN (BANNED) and writes nothing',
    async (_, mutation, variables, field) => {
      const before = await contentSnapshot(t, [owner, banned, member]);
      const res = await t.gql(mutation, variables(ids), as(banned));
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field });
      expect(reasonOf(res)).toBe('BANNED');
      expect(await contentSnapshot(t, [owner, banned, member])).toEqual(before);
    },
  );

  it.each(writes)('private community: %s reads as a missing id (NOT_FOUND) and writes nothing', async (_, mutation, variables) => {
    const before = await contentSnapshot(t, [owner, banned, member]);
    const res = await t.gql(mutation, variables(privateIds), as(banned));
    expect(res.data ?? null).toBeNull();
    expect(outcome(res)).toBe('NOT_FOUND');
    expect(await contentSnapshot(t, [owner, banned, member])).toEqual(before);
  });

  it('a member in good standing does the same writes (control)', async () => {
    const mine = { ownThread: await thread(member, ids.community), thread: ids.thread, post: ids.post, comment: ids.comment } as Ids;
    mine.ownPost = await post(member, mine.ownThread);
    mine.ownComment = await comment(member, ids.post);
    for (const [name, mutation, variables] of [...writes, ...publicOnly]) {
      expect([name, outcome(await t.gql(mutation, variables(mine), as(member)))]).toEqual([name, 'OK']);
    }
  });

  it('the banned member still reads the public community, and may take back a reaction, a subscription and a post', async () => {
    const read = await gql(banned, `query($p: ID!, $t: ID!) { post(id: $p) { id } thread(id: $t) { id } }`, { p: ids.post, t: ids.thread });
    expect(read).toEqual({ post: { id: ids.post }, thread: { id: ids.thread } });
    expect(outcome(await t.gql(`mutation($p: ID!) { unreact(postId: $p, type: CHEER) { id } }`, { p: ids.post }, as(banned)))).toBe('OK');
    expect(outcome(await t.gql(`mutation($t: ID!) { unsubscribeFromThread(threadId: $t) { id } }`, { t: ids.thread }, as(banned)))).toBe(
      'OK',
    );
    expect(outcome(await t.gql(`mutation($id: ID!) { deletePost(id: $id) }`, { id: ids.ownPost }, as(banned)))).toBe('OK');
    const rows = await t.db.query(
      `SELECT (SELECT count(*)::int FROM reaction WHERE user_id = $1) AS reactions,
              (SELECT count(*)::int FROM thread_subscription WHERE user_id = $1) AS subscriptions`,
      [banned.user.id],
    );
    expect(rows).toEqual([{ reactions: 0, subscriptions: 0 }]);
  });
});

/**
 * A block (either way) stops replies under the other member's comments: directly or anywhere further down the
 * same reply chain. The comment is visible (comments are not hidden by blocks), so the refusal is FORBIDDEN
 * (reason BLOCKED) on parentId, and nothing is written.
 */
describe('blocks apply to comment replies', () => {
  let host: TestMember;
  let blocker: TestMember;
  let blocked: TestMember;
  let bystander: TestMember;
  let postId: string;
  let blockerComment: string;
  let replyUnderBlocker: string;
  let blockedComment: string;

  const REPLY = `mutation($p: ID!, $c: ID!) { addComment(input: { postId: $p, parentId: $c, body: "reply" }) { id } }`;
  const add = async (who: TestMember, parentId?: string) =>
    expectOk(
      await t.gql(
        `mutation($p: ID!, $c: ID) { addComment(input: { postId: $p, parentId: $c, body: "words" }) { id } }`,
        { p: postId, c: parentId ?? null },
        { token: who.token },
      ),
    ).addComment.id as string;

  beforeAll(async () => {
    [host, blocker, blocked, bystander] = await t.factories.members(4);
    const threadId = expectOk(await t.gql(`mutation { createThread(input: { title: "Open thread" }) { id } }`, {}, { token: host.token }))
      .createThread.id as string;
    postId = expectOk(
      await t.gql(
        `mutation($t: ID!) { createPost(input: { threadId: $t, body: "hello" }) { id } }`,
        { t: threadId },
        { token: host.token },
      ),
    ).createPost.id as string;
    blockerComment = await add(blocker);
    replyUnderBlocker = await add(bystander, blockerComment);
    blockedComment = await add(blocked);
    expectOk(await t.gql(`mutation($u: ID!) { blockUser(userId: $u) { id } }`, { u: blocked.user.id }, { token: blocker.token }));
  });

  const cases: Array<[string, () => TestMember, () => string]> = [
    ["the blocked member replying to the blocker's comment", () => blocked, () => blockerComment],
    ["the blocked member replying further down the blocker's reply chain", () => blocked, () => replyUnderBlocker],
    ["the blocker replying to the blocked member's comment", () => blocker, () => blockedComment],
  ];

  it.each(cases)('%s is FORBIDDEN (BLOCKED) on parentId and writes nothing', async (_, who, parent) => {
    const everyone = [host, blocker, blocked, bystander];
    const before = await contentSnapshot(t, everyone);
    const res = await t.gql(REPLY, { p: postId, c: parent() }, { token: who().token });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'parentId', reason: 'BLOCKED' });
    expect(await contentSnapshot(t, everyone)).toEqual(before);
  });

  it('both still comment on the post and reply to others (control)', async () => {
    expect(outcome(await t.gql(REPLY, { p: postId, c: blockedComment }, { token: bystander.token }))).toBe('OK');
    expect(outcome(await t.gql(REPLY, { p: postId, c: blockerComment }, { token: host.token }))).toBe('OK');
    await add(blocked);
    await add(blocker);
  });
});

/**
 * A member banned from a public community keeps reading its roadmaps but their enrollment there is frozen:
 * progress and upgrades are FORBIDDEN (reason BANNED, field enrollmentId; completing would post a MILESTONE in
 * their community thread), nothing is written; dropping the enrollment stays open.
 */
describe('bans apply to roadmap enrollments', () => {
  let owner: TestMember;
  let banned: TestMember;
  let roadmap: SeededRoadmap;
  let communityId: string;
  let enrollmentId: string;

  beforeAll(async () => {
    [owner, banned] = await t.factories.members(2);
    communityId = (await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, active: [banned] })).id;
    roadmap = await seedRoadmap(t, owner, communityId, [['Basics']]);
    enrollmentId = (await t.app.get(EnrollmentsService).enroll(banned.user.id, roadmap.id, true)).id;
    await t.app.get(RoadmapDraftService).addStep(owner.user.id, roadmap.id, { title: 'More' });
    await t.app.get(RoadmapPublishingService).publish(owner.user.id, roadmap.id);
    await t.app.get(MembershipsService).ban(owner.user.id, communityId, banned.user.id);
  });

  it.each<[string, string, () => Record<string, unknown>]>([
    [
      'updateStepProgress',
      `mutation($input: StepProgressInput!) { updateStepProgress(input: $input) { status } }`,
      () => ({ input: { enrollmentId, stepId: roadmap.steps.Basics, status: 'DONE' } }),
    ],
    ['upgradeEnrollment', `mutation($id: ID!) { upgradeEnrollment(enrollmentId: $id) { version } }`, () => ({ id: enrollmentId })],
  ])('%s is FORBIDDEN (BANNED) and writes nothing', async (_, mutation, variables) => {
    const before = [await roadmapRows(t, roadmap.id, communityId), await contentSnapshot(t, [banned])];
    const res = await t.gql(mutation, variables(), { token: banned.token });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BANNED', field: 'enrollmentId' });
    expect([await roadmapRows(t, roadmap.id, communityId), await contentSnapshot(t, [banned])]).toEqual(before);
  });

  it('the banned member still reads the roadmap and may drop the enrollment', async () => {
    const read = await t.gql(`query($id: ID!) { roadmap(id: $id) { id } }`, { id: roadmap.id }, { token: banned.token });
    expect(expectOk(read).roadmap).toEqual({ id: roadmap.id });
    const dropped = await t.gql(
      `mutation($id: ID!) { dropEnrollment(enrollmentId: $id) { status } }`,
      { id: enrollmentId },
      { token: banned.token },
    );
    expect(expectOk(dropped).dropEnrollment).toEqual({ status: 'DROPPED' });
  });
});

/** A poster banned from a public community can no longer change a job the community shows; closing it stays open. */
describe('bans and the jobs board', () => {
  it('refuses updateJob from a banned poster (FORBIDDEN, reason BANNED, nothing written) and lets them close it', async () => {
    const [owner, poster] = await t.factories.members(2);
    const created = expectOk(
      await t.gql(
        `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
        {
          input: { slug: uniqueSlug('banjob'), name: 'Ban jobs', visibility: 'PUBLIC' },
        },
        { token: owner.token },
      ),
    );
    const communityId = created.createCommunity.id as string;
    expectOk(await t.gql(`mutation($id: ID!) { joinCommunity(communityId: $id) { id } }`, { id: communityId }, { token: poster.token }));
    const job = expectOk(await t.gql(POST_JOB, { input: jobInput({ communityId }) }, { token: poster.token })).postJob;
    // The control: before the ban the poster edits their own job.
    expectOk(await t.gql(UPDATE_JOB, { id: job.id, input: { title: 'Rust engineer' } }, { token: poster.token }));
    expectOk(
      await t.gql(
        `mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u) { status } }`,
        { c: communityId, u: poster.user.id },
        {
          token: owner.token,
        },
      ),
    );
    const before = await t.db.query(`SELECT * FROM job_posting WHERE id = $1`, [job.id]);
    const refused = await t.gql(UPDATE_JOB, { id: job.id, input: { title: 'Changed after the ban' } }, { token: poster.token });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BANNED', field: 'id' });
    expect(await t.db.query(`SELECT * FROM job_posting WHERE id = $1`, [job.id])).toEqual(before);
    expect(expectOk(await t.gql(CLOSE_JOB, { id: job.id }, { token: poster.token })).closeJob.status).toBe('CLOSED');
  });
});
