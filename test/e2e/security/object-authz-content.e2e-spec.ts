import { createTestApp, expectOk, outcome, TestApp, TestMember } from '@kindling/testing';
import { contentSnapshot, PrivateContent, privateContent } from './security-fixtures';

type Caller = 'otherMember' | 'stranger' | 'anonymous';
const CALLERS: Caller[] = ['otherMember', 'stranger', 'anonymous'];

/** Threads, posts and comments of a private community, seen by a follower of the author who is not in it, a stranger and nobody. */
describe('object-level authorization: content of a private community', () => {
  let t: TestApp;
  let owner: TestMember;
  let callers: Record<Caller, string | null>;
  let everyone: TestMember[];
  let c: PrivateContent;
  beforeAll(async () => {
    t = await createTestApp();
    let otherMember: TestMember, stranger: TestMember;
    [owner, otherMember, stranger] = await t.factories.members(3);
    c = await privateContent(t, owner);
    expectOk(await t.gql(`mutation($id: ID!) { follow(userId: $id) { id } }`, { id: owner.user.id }, { token: otherMember.token }));
    callers = { otherMember: otherMember.token, stranger: stranger.token, anonymous: null };
    everyone = [owner, otherMember, stranger];
  });
  afterAll(() => t.close());

  const queries: Array<[string, string, (c: PrivateContent) => Record<string, unknown>, (data: any) => unknown]> = [
    ['post(id)', `query($id: ID!) { post(id: $id) { id body } }`, (x) => ({ id: x.postId }), (d) => d.post],
    ['thread(id)', `query($id: ID!) { thread(id: $id) { id title } }`, (x) => ({ id: x.threadId }), (d) => d.thread],
    [
      'search (posts and threads)',
      `query($q: String!) { search(query: $q) { posts { id } threads { id } } }`,
      (x) => ({ q: x.word }),
      (d) => {
        const ids = [...d.search.posts, ...d.search.threads].map((n: { id: string }) => n.id);
        expect(ids).toEqual(expect.arrayContaining([c.publicPostId, c.publicThreadId])); // control: the public twins are found
        return ids.find((id) => id === c.postId || id === c.threadId) ?? null;
      },
    ],
    [
      'User.threads of the author',
      `query($h: String!) { user(handle: $h) { threads(first: 100) { nodes { id } } } }`,
      () => ({ h: owner.user.handle }),
      (d) => (d.user.threads.nodes as Array<{ id: string }>).find((n) => n.id === c.threadId) ?? null,
    ],
    [
      'GrowthThread.posts of the public twin',
      `query($id: ID!) { thread(id: $id) { posts(first: 100) { nodes { id } } } }`,
      (x) => ({ id: x.publicThreadId }),
      (d) => (d.thread.posts.nodes as Array<{ id: string }>).find((n) => n.id === c.postId) ?? null,
    ],
    [
      'publicFeed',
      `{ publicFeed(first: 100) { nodes { id } } }`,
      () => ({}),
      (d) => (d.publicFeed.nodes as Array<{ id: string }>).find((n) => n.id === c.postId) ?? null,
    ],
  ];

  describe.each(CALLERS)('%s', (caller) => {
    it.each(queries)('%s reveals nothing', async (_, query, variables, pick) => {
      const res = await t.gql(query, variables(c), { token: callers[caller] });
      expect(res.errors).toBeUndefined();
      expect(pick(res.data)).toBeNull();
    });

    it('aliases mixing allowed and forbidden ids answer each on its own', async () => {
      const res = await t.gql(
        `query($pub: ID!, $priv: ID!, $pt: ID!, $t: ID!) {
          a: post(id: $pub) { id } b: post(id: $priv) { id body } c: thread(id: $pt) { id } d: thread(id: $t) { id }
        }`,
        { pub: c.publicPostId, priv: c.postId, pt: c.publicThreadId, t: c.threadId },
        { token: callers[caller] },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ a: { id: c.publicPostId }, b: null, c: { id: c.publicThreadId }, d: null });
    });
  });

  const mutations: Array<[string, string, (c: PrivateContent) => Record<string, unknown>]> = [
    ['editPost', `mutation($id: ID!) { editPost(id: $id, body: "pwned") { id body } }`, (x) => ({ id: x.postId })],
    ['deletePost', `mutation($id: ID!) { deletePost(id: $id) }`, (x) => ({ id: x.postId })],
    ['react', `mutation($id: ID!) { react(postId: $id, type: CHEER) { id } }`, (x) => ({ id: x.postId })],
    ['unreact', `mutation($id: ID!) { unreact(postId: $id, type: CHEER) { id } }`, (x) => ({ id: x.postId })],
    ['addComment', `mutation($id: ID!) { addComment(input: { postId: $id, body: "hi" }) { id } }`, (x) => ({ id: x.postId })],
    [
      'addComment as a reply',
      `mutation($id: ID!, $p: ID!) { addComment(input: { postId: $id, parentId: $p, body: "hi" }) { id } }`,
      (x) => ({ id: x.postId, p: x.commentId }),
    ],
    ['editComment', `mutation($id: ID!) { editComment(id: $id, body: "pwned") { id body } }`, (x) => ({ id: x.commentId })],
    ['deleteComment', `mutation($id: ID!) { deleteComment(id: $id) { id } }`, (x) => ({ id: x.commentId })],
    ['updateThread', `mutation($id: ID!) { updateThread(id: $id, input: { title: "pwned" }) { id } }`, (x) => ({ id: x.threadId })],
    ['subscribeToThread', `mutation($id: ID!) { subscribeToThread(threadId: $id) { id } }`, (x) => ({ id: x.threadId })],
    ['unsubscribeFromThread', `mutation($id: ID!) { unsubscribeFromThread(threadId: $id) { id } }`, (x) => ({ id: x.threadId })],
    [
      'createPost in the thread',
      `mutation($id: ID!) { createPost(input: { threadId: $id, body: "x" }) { id } }`,
      (x) => ({ id: x.threadId }),
    ],
    [
      'reportContent on the post',
      `mutation($id: ID!) { reportContent(input: { postId: $id, reason: SPAM }) { id } }`,
      (x) => ({ id: x.postId }),
    ],
    [
      'reportContent on the comment',
      `mutation($id: ID!) { reportContent(input: { commentId: $id, reason: SPAM }) { id } }`,
      (x) => ({ id: x.commentId }),
    ],
  ];

  describe.each(CALLERS)('%s', (caller) => {
    it.each(mutations)('%s is refused as NOT_FOUND (UNAUTHENTICATED when anonymous) and writes nothing', async (_, mutation, variables) => {
      const before = await contentSnapshot(t, everyone);
      const res = await t.gql(mutation, variables(c), { token: callers[caller] });
      expect(res.data ?? null).toBeNull();
      expect(outcome(res)).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'NOT_FOUND');
      expect(await contentSnapshot(t, everyone)).toEqual(before);
    });
  });

  it('the owner still sees everything (control)', async () => {
    const res = await t.gql(
      `query($id: ID!, $t: ID!) { post(id: $id) { id } thread(id: $t) { id } }`,
      { id: c.postId, t: c.threadId },
      { token: owner.token },
    );
    expect(res.data).toEqual({ post: { id: c.postId }, thread: { id: c.threadId } });
  });
});
