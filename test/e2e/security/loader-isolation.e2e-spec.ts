import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, expectOk, GraphQLResponse, TestApp, TestMember } from '@kindling/testing';
import { seedCommunity, seedRoadmap } from '../roadmaps/roadmap-fixtures';

/**
 * DataLoaders are per request: two viewers with opposite relations to the same objects fire many concurrent
 * requests, and every response carries its own viewer's viewer* fields and private data, never the other's.
 */

const QUERY = `query($me: String!, $target: String!, $mutee: String!, $blockee: String!, $t: ID!, $p: ID!, $c: String!, $r: ID!) {
  me { id email }
  self: user(handle: $me) { id email }
  target: user(handle: $target) { id email viewerIsFollowing viewerHasBlocked viewerHasMuted followerCount }
  mutee: user(handle: $mutee) { viewerHasMuted viewerIsFollowing }
  blockee: user(handle: $blockee) { viewerHasBlocked }
  thread(id: $t) { id viewerIsSubscribed subscriberCount }
  post(id: $p) { id viewerReactions reactions { type count } }
  community(slug: $c) { id viewerMembership { role status user { id } } }
  roadmap(id: $r) { id viewerEnrollment { id user { id } } }
}`;

describe('per-request loaders keep viewers apart', () => {
  let t: TestApp;
  let related: TestMember;
  let unrelated: TestMember;
  let expected: Map<string, unknown>;
  let variables: (viewer: TestMember) => Record<string, unknown>;
  beforeAll(async () => {
    t = await createTestApp();
    let target: TestMember, mutee: TestMember, blockee: TestMember, owner: TestMember;
    [related, unrelated, target, mutee, blockee, owner] = await t.factories.members(6);
    const as =
      (m: TestMember) =>
      (q: string, v: Record<string, unknown> = {}) =>
        t.gql(q, v, { token: m.token }).then(expectOk);

    const threadId = (await as(target)(`mutation { createThread(input: { title: "shared" }) { id } }`)).createThread.id as string;
    const postId = (await as(target)(`mutation($t: ID!) { createPost(input: { threadId: $t, body: "shared" }) { id } }`, { t: threadId }))
      .createPost.id as string;
    const community = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, active: [related] });
    const roadmap = await seedRoadmap(t, owner, community.id);

    const r = as(related);
    await r(`mutation($id: ID!) { follow(userId: $id) { id } }`, { id: target.user.id });
    await r(`mutation($id: ID!) { muteUser(userId: $id) { id } }`, { id: mutee.user.id });
    await r(`mutation($id: ID!) { blockUser(userId: $id) { id } }`, { id: blockee.user.id });
    await r(`mutation($id: ID!) { subscribeToThread(threadId: $id) { id } }`, { id: threadId });
    await r(`mutation($id: ID!) { react(postId: $id, type: CHEER) { id } }`, { id: postId });
    await r(`mutation($id: ID!) { react(postId: $id, type: INSIGHTFUL) { id } }`, { id: postId });
    const enrollment = await r(`mutation($r: ID!) { enrollInRoadmap(roadmapId: $r, createThread: false) { id } }`, { r: roadmap.id });

    variables = (viewer) => ({
      me: viewer.user.handle,
      target: target.user.handle,
      mutee: mutee.user.handle,
      blockee: blockee.user.handle,
      t: threadId,
      p: postId,
      c: community.slug,
      r: roadmap.id,
    });
    const shared = {
      thread: { id: threadId, subscriberCount: 1 },
      post: {
        id: postId,
        reactions: expect.arrayContaining([
          { type: 'CHEER', count: 1 },
          { type: 'INSIGHTFUL', count: 1 },
        ]),
      },
    };
    const view = (viewer: TestMember, rel: boolean) => ({
      me: { id: viewer.user.id, email: viewer.user.email },
      self: { id: viewer.user.id, email: viewer.user.email },
      target: { id: target.user.id, email: null, viewerIsFollowing: rel, viewerHasBlocked: false, viewerHasMuted: false, followerCount: 1 },
      mutee: { viewerHasMuted: rel, viewerIsFollowing: false },
      blockee: { viewerHasBlocked: rel },
      thread: { ...shared.thread, viewerIsSubscribed: rel },
      post: { ...shared.post, viewerReactions: rel ? expect.arrayContaining(['CHEER', 'INSIGHTFUL']) : [] },
      community: { id: community.id, viewerMembership: rel ? { role: 'MEMBER', status: 'ACTIVE', user: { id: viewer.user.id } } : null },
      roadmap: { id: roadmap.id, viewerEnrollment: rel ? { id: enrollment.enrollInRoadmap.id, user: { id: viewer.user.id } } : null },
    });
    expected = new Map<string, unknown>([
      [related.token, view(related, true)],
      [unrelated.token, view(unrelated, false)],
    ]);
  });
  afterAll(() => t.close());

  /**
   * Every field that answered is this viewer's own. A field with an error under it (when parallel suites exhaust
   * Postgres connections) is only checked not to be the other viewer's answer.
   */
  function expectOwn(res: GraphQLResponse, viewer: TestMember) {
    const own = expected.get(viewer.token) as Record<string, unknown>;
    const other = expected.get(viewer === related ? unrelated.token : related.token) as Record<string, unknown>;
    const failed = new Set((res.errors ?? []).map((e) => e.path?.[0]));
    for (const [key, value] of Object.entries(res.data ?? {})) {
      if (!failed.has(key)) expect({ [key]: value }).toEqual({ [key]: own[key] });
      else if (value !== null && JSON.stringify(own[key]) !== JSON.stringify(other[key]))
        expect({ [key]: value }).not.toEqual({ [key]: other[key] });
    }
  }

  it.each([
    ['the related viewer', () => related],
    ['the unrelated viewer', () => unrelated],
  ])('answers %s alone as expected (control)', async (_, viewer) => {
    const res = await t.gql(QUERY, variables(viewer()), { token: viewer().token });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(expected.get(viewer().token));
  });

  it.each([
    ['interleaved', 24, (i: number) => (i % 2 === 0 ? 'related' : 'unrelated')],
    ['bursty', 24, (i: number) => (Math.floor(i / 6) % 2 === 0 ? 'related' : 'unrelated')],
  ])('keeps %s concurrent requests apart (%i of them)', async (_, count, pick) => {
    const viewers = Array.from({ length: count }, (__, i) => (pick(i) === 'related' ? related : unrelated));
    const responses = await Promise.all(viewers.map((v) => t.gql(QUERY, variables(v), { token: v.token })));
    responses.forEach((res, i) => expectOwn(res, viewers[i]));
    expect(responses.some((res) => !res.errors)).toBe(true);
  });

  it('keeps an anonymous request apart from concurrent signed-in ones', async () => {
    const calls = Array.from({ length: 18 }, (_, i) => (i % 3 === 0 ? null : i % 3 === 1 ? related : unrelated));
    const responses = await Promise.all(calls.map((v) => t.gql(QUERY, variables(v ?? related), { token: v?.token ?? null })));
    responses.forEach((res, i) => {
      const v = calls[i];
      if (v) return expectOwn(res, v);
      expect(res.data).toMatchObject({
        me: null,
        self: { email: null },
        target: { email: null, viewerIsFollowing: false, viewerHasMuted: false },
        mutee: { viewerHasMuted: false },
        blockee: { viewerHasBlocked: false },
        thread: { viewerIsSubscribed: false },
        post: { viewerReactions: [] },
        community: { viewerMembership: null },
        roadmap: { viewerEnrollment: null },
      });
    });
  });
});
