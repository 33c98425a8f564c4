import { createTestApp, TestApp, TestMember } from '@kindling/testing';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id title postCount author { handle } } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id kind tags mentions { handle } thread { postCount } } }`;

describe('thread → post → comment → reaction', () => {
  let t: TestApp;
  let author: TestMember;
  let reader: TestMember;

  beforeAll(async () => {
    t = await createTestApp();
    [author, reader] = await t.factories.members(2);
  });
  afterAll(() => t.close());

  it('carries one post through its thread, comments, replies and reactions with exact counts', async () => {
    const thread = await t.gql(CREATE_THREAD, { input: { title: 'Learn Rust', goal: 'Ship a CLI' } }, { token: author.token });
    expect(thread.errors).toBeUndefined();
    const threadId = thread.data!.createThread.id;

    const body = `Day 1 #Rust #rust #wasm with @${reader.user.handle} and @nobody_here`;
    const post = await t.gql(CREATE_POST, { input: { threadId, body, kind: 'MILESTONE' } }, { token: author.token });
    expect(post.errors).toBeUndefined();
    expect(post.data!.createPost).toMatchObject({
      kind: 'MILESTONE',
      tags: ['rust', 'wasm'],
      mentions: [{ handle: reader.user.handle }],
      thread: { postCount: 1 },
    });
    const postId = post.data!.createPost.id;

    const comment = await t.gql(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { postId, body: 'Nice!' } },
      { token: reader.token },
    );
    const commentId = comment.data!.addComment.id;
    await t.gql(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { postId, body: 'Thanks', parentId: commentId } },
      { token: author.token },
    );
    await t.gql(`mutation($id: ID!) { react(postId: $id, type: CHEER) { id } }`, { id: postId }, { token: reader.token });
    await t.gql(`mutation($id: ID!) { react(postId: $id, type: CHEER) { id } }`, { id: postId }, { token: reader.token });
    const deleted = await t.gql(
      `mutation($id: ID!) { deleteComment(id: $id) { body author { id } deletedAt replyCount } }`,
      { id: commentId },
      { token: reader.token },
    );
    expect(deleted.data!.deleteComment).toMatchObject({ body: null, author: null, replyCount: 1 });

    const read = await t.gql(
      `query($id: ID!) { post(id: $id) { commentCount reactions { type count } viewerReactions comments { nodes { body replyCount replies { nodes { body author { handle } } } } } } }`,
      { id: postId },
      { token: reader.token },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.post).toEqual({
      commentCount: 1,
      reactions: [{ type: 'CHEER', count: 1 }],
      viewerReactions: ['CHEER'],
      comments: {
        nodes: [{ body: null, replyCount: 1, replies: { nodes: [{ body: 'Thanks', author: { handle: author.user.handle } }] } }],
      },
    });

    const streak = await t.gql(`query($id: ID!) { thread(id: $id) { currentStreak longestStreak posts { nodes { id } } } }`, {
      id: threadId,
    });
    expect(streak.data!.thread).toEqual({ currentStreak: 1, longestStreak: 1, posts: { nodes: [{ id: postId }] } });
    const feed = await t.gql(`{ publicFeed(tag: "#RUST") { nodes { id } } }`);
    expect(feed.data!.publicFeed.nodes).toEqual([{ id: postId }]);
  });

  it("refuses a post in someone else's thread", async () => {
    const thread = await t.gql(CREATE_THREAD, { input: { title: 'Mine' } }, { token: author.token });
    const res = await t.gql(CREATE_POST, { input: { threadId: thread.data!.createThread.id, body: 'hi' } }, { token: reader.token });
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
