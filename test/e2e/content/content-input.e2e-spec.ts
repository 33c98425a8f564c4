import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectNothingWritten, expectOk, OPS, refusal, seedCommunity, seedPost, seedThread } from './content-fixtures';

/**
 * Every content mutation, with input that is too long, blank, null where a
 * value is required, or a malformed id: BAD_USER_INPUT naming the field, and
 * nothing written. Anonymous callers get UNAUTHENTICATED, and nothing written.
 */

interface Fixture {
  communitySlug: string;
  threadId: string;
  postId: string;
  commentId: string;
}

type Vars = (fx: Fixture) => Record<string, unknown>;

const long = (n: number) => 'x'.repeat(n);
/** 6,000 × "❤️" is 12,000 characters (U+2764 U+FE0F): validator.js counts it as 6,000. */
const heartsWithSelector = '❤️'.repeat(6_000);
const MALFORMED_IDS = ['abc', '0', '-1', '1.5', '12345678901234567890', ' 1', ''];

const BAD_INPUT: Array<[string, string, Vars, string]> = [
  ['createThread: blank title', OPS.createThread, () => ({ input: { title: '  \n ' } }), 'title'],
  ['createThread: empty title', OPS.createThread, () => ({ input: { title: '' } }), 'title'],
  ['createThread: title of 141', OPS.createThread, () => ({ input: { title: long(141) } }), 'title'],
  ['createThread: title of 100 × ❤️ (200 characters)', OPS.createThread, () => ({ input: { title: '❤️'.repeat(100) } }), 'title'],
  ['createThread: goal of 2,001', OPS.createThread, () => ({ input: { title: 'ok', goal: long(2001) } }), 'goal'],
  ['createThread: malformed communityId', OPS.createThread, () => ({ input: { title: 'ok', communityId: 'abc' } }), 'communityId'],
  ['updateThread: malformed id', OPS.updateThread, () => ({ id: 'abc', input: { title: 'ok' } }), 'id'],
  ['updateThread: blank title', OPS.updateThread, (fx) => ({ id: fx.threadId, input: { title: ' ' } }), 'title'],
  ['updateThread: null title', OPS.updateThread, (fx) => ({ id: fx.threadId, input: { title: null } }), 'title'],
  ['updateThread: title of 141', OPS.updateThread, (fx) => ({ id: fx.threadId, input: { title: long(141) } }), 'title'],
  [
    'updateThread: goal of 1,001 × ❤️ (2,002 characters)',
    OPS.updateThread,
    (fx) => ({ id: fx.threadId, input: { goal: '❤️'.repeat(1001) } }),
    'goal',
  ],
  ['updateThread: goal of 2,001', OPS.updateThread, (fx) => ({ id: fx.threadId, input: { goal: long(2001) } }), 'goal'],
  ['updateThread: null status', OPS.updateThread, (fx) => ({ id: fx.threadId, input: { status: null } }), 'status'],
  ['subscribeToThread: malformed threadId', OPS.subscribe, () => ({ id: 'abc' }), 'threadId'],
  ['unsubscribeFromThread: malformed threadId', OPS.unsubscribe, () => ({ id: '0' }), 'threadId'],
  ['createPost: malformed threadId', OPS.createPost, () => ({ input: { threadId: 'abc', body: 'ok' } }), 'threadId'],
  ['createPost: blank body', OPS.createPost, (fx) => ({ input: { threadId: fx.threadId, body: ' \t\n ' } }), 'body'],
  ['createPost: empty body', OPS.createPost, (fx) => ({ input: { threadId: fx.threadId, body: '' } }), 'body'],
  ['createPost: body of 10,001', OPS.createPost, (fx) => ({ input: { threadId: fx.threadId, body: long(10_001) } }), 'body'],
  [
    'createPost: body of 10,001 astral characters',
    OPS.createPost,
    (fx) => ({ input: { threadId: fx.threadId, body: '🌱'.repeat(10_001) } }),
    'body',
  ],
  [
    'createPost: 12,000 characters of emoji + variation selector',
    OPS.createPost,
    (fx) => ({ input: { threadId: fx.threadId, body: heartsWithSelector } }),
    'body',
  ],
  ['createPost: null kind', OPS.createPost, (fx) => ({ input: { threadId: fx.threadId, body: 'ok', kind: null } }), 'kind'],
  [
    'createPost: malformed roadmapStepId',
    OPS.createPost,
    (fx) => ({ input: { threadId: fx.threadId, body: 'ok', roadmapStepId: 'x' } }),
    'roadmapStepId',
  ],
  ['editPost: malformed id', OPS.editPost, () => ({ id: 'abc', body: 'ok' }), 'id'],
  ['editPost: blank body', OPS.editPost, (fx) => ({ id: fx.postId, body: '   ' }), 'body'],
  ['editPost: body of 10,001', OPS.editPost, (fx) => ({ id: fx.postId, body: long(10_001) }), 'body'],
  [
    'editPost: 12,000 characters of emoji + variation selector',
    OPS.editPost,
    (fx) => ({ id: fx.postId, body: heartsWithSelector }),
    'body',
  ],
  ['deletePost: malformed id', OPS.deletePost, () => ({ id: 'abc' }), 'id'],
  ['addComment: malformed postId', OPS.addComment, () => ({ input: { postId: 'abc', body: 'ok' } }), 'postId'],
  ['addComment: blank body', OPS.addComment, (fx) => ({ input: { postId: fx.postId, body: '\n' } }), 'body'],
  ['addComment: body of 5,001', OPS.addComment, (fx) => ({ input: { postId: fx.postId, body: long(5_001) } }), 'body'],
  [
    'addComment: 6,000 characters of emoji + variation selector',
    OPS.addComment,
    (fx) => ({ input: { postId: fx.postId, body: '❤️'.repeat(3_000) } }),
    'body',
  ],
  ['addComment: malformed parentId', OPS.addComment, (fx) => ({ input: { postId: fx.postId, body: 'ok', parentId: 'x' } }), 'parentId'],
  ['editComment: malformed id', OPS.editComment, () => ({ id: 'abc', body: 'ok' }), 'id'],
  ['editComment: blank body', OPS.editComment, (fx) => ({ id: fx.commentId, body: ' ' }), 'body'],
  [
    'editComment: 6,000 characters of emoji + variation selector',
    OPS.editComment,
    (fx) => ({ id: fx.commentId, body: '❤️'.repeat(3_000) }),
    'body',
  ],
  ['editComment: body of 5,001', OPS.editComment, (fx) => ({ id: fx.commentId, body: long(5_001) }), 'body'],
  ['deleteComment: malformed id', OPS.deleteComment, () => ({ id: 'abc' }), 'id'],
  ['react: malformed postId', OPS.react, () => ({ id: 'abc', type: 'CHEER' }), 'postId'],
  ['unreact: malformed postId', OPS.unreact, () => ({ id: 'abc', type: 'CHEER' }), 'postId'],
];

const ANONYMOUS: Array<[string, string, Vars]> = [
  ['createThread', OPS.createThread, () => ({ input: { title: 'Anonymous' } })],
  ['updateThread', OPS.updateThread, (fx) => ({ id: fx.threadId, input: { title: 'Anonymous' } })],
  ['subscribeToThread', OPS.subscribe, (fx) => ({ id: fx.threadId })],
  ['unsubscribeFromThread', OPS.unsubscribe, (fx) => ({ id: fx.threadId })],
  ['createPost', OPS.createPost, (fx) => ({ input: { threadId: fx.threadId, body: 'Anonymous' } })],
  ['editPost', OPS.editPost, (fx) => ({ id: fx.postId, body: 'Anonymous' })],
  ['deletePost', OPS.deletePost, (fx) => ({ id: fx.postId })],
  ['addComment', OPS.addComment, (fx) => ({ input: { postId: fx.postId, body: 'Anonymous' } })],
  ['editComment', OPS.editComment, (fx) => ({ id: fx.commentId, body: 'Anonymous' })],
  ['deleteComment', OPS.deleteComment, (fx) => ({ id: fx.commentId })],
  ['react', OPS.react, (fx) => ({ id: fx.postId, type: 'CHEER' })],
  ['unreact', OPS.unreact, (fx) => ({ id: fx.postId, type: 'CHEER' })],
];

describe('content mutations refuse bad input and anonymous callers', () => {
  let t: TestApp;
  let author: TestMember;
  let fx: Fixture;

  beforeAll(async () => {
    t = await createTestApp();
    [author] = await t.factories.members(1);
    const community = await seedCommunity(t, { owner: author, visibility: CommunityVisibility.PUBLIC });
    const thread = await seedThread(t, author, { communityId: community.id });
    const post = await seedPost(t, author, thread.id, 'Original body');
    const comment = expectOk(
      await t.gql(OPS.addComment, { input: { postId: post.id, body: 'Original comment' } }, { token: author.token }),
    ).addComment;
    expectOk(await t.gql(OPS.react, { id: post.id, type: 'CHEER' }, { token: author.token }));
    fx = { communitySlug: community.slug, threadId: thread.id, postId: post.id, commentId: comment.id };
  });
  afterAll(() => t.close());

  it.each(BAD_INPUT)('%s → BAD_USER_INPUT, nothing written', async (_, query, vars, field) => {
    const res = await expectNothingWritten(t, [author], () => t.gql(query, vars(fx), { token: author.token }));
    expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it.each(MALFORMED_IDS)('deletePost and deleteComment refuse the id %j, nothing written', async (id) => {
    for (const query of [OPS.deletePost, OPS.deleteComment]) {
      const res = await expectNothingWritten(t, [author], () => t.gql(query, { id }, { token: author.token }));
      expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    }
  });

  it('refuses an unknown enum value (kind, status, reaction type) before any resolver runs', async () => {
    const calls = [
      () => t.gql(OPS.createPost, { input: { threadId: fx.threadId, body: 'ok', kind: 'RANT' } }, { token: author.token }),
      () => t.gql(OPS.updateThread, { id: fx.threadId, input: { status: 'ARCHIVED' } }, { token: author.token }),
      () => t.gql(OPS.react, { id: fx.postId, type: 'LOVE' }, { token: author.token }),
    ];
    for (const call of calls) expect(refusal(await expectNothingWritten(t, [author], call))?.code).toBe('BAD_USER_INPUT');
  });

  it.each(ANONYMOUS)('%s by an anonymous caller → UNAUTHENTICATED, nothing written', async (_, query, vars) => {
    const res = await expectNothingWritten(t, [author], () => t.gql(query, vars(fx)));
    expect(refusal(res)?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    [
      'GrowthThread.posts',
      `query($id: ID!, $first: Int, $after: String) { thread(id: $id) { posts(first: $first, after: $after) { nodes { id } } } }`,
    ],
    [
      'Post.comments',
      `query($pid: ID!, $first: Int, $after: String) { post(id: $pid) { comments(first: $first, after: $after) { nodes { id } } } }`,
    ],
    [
      'Comment.replies',
      `query($pid: ID!, $first: Int, $after: String) { post(id: $pid) { comments { nodes { replies(first: $first, after: $after) { nodes { id } } } } } }`,
    ],
    [
      'User.threads',
      `query($handle: String!, $first: Int, $after: String) { user(handle: $handle) { threads(first: $first, after: $after) { nodes { id } } } }`,
    ],
    [
      'Community.threads',
      `query($slug: String!, $first: Int, $after: String) { community(slug: $slug) { threads(first: $first, after: $after) { nodes { id } } } }`,
    ],
    [
      'Community.feed',
      `query($slug: String!, $first: Int, $after: String) { community(slug: $slug) { feed(first: $first, after: $after) { nodes { id } } } }`,
    ],
    ['publicFeed', `query($first: Int, $after: String) { publicFeed(first: $first, after: $after) { nodes { id } } }`],
  ])('%s refuses first outside 1..100 and a forged cursor, naming the argument', async (_, query) => {
    const base = { id: fx.threadId, pid: fx.postId, handle: author.user.handle, slug: fx.communitySlug };
    const used = Object.fromEntries(Object.entries(base).filter(([key]) => query.includes(`$${key}:`)));
    const forged = Buffer.from(JSON.stringify(['1 OR 1=1'])).toString('base64url');
    for (const [args, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ after: 'not-a-cursor' }, 'after'],
      [{ after: forged }, 'after'],
    ] as const) {
      expect(refusal(await t.gql(query, { ...used, ...args }, { token: author.token }))).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('accepts the limits themselves: title 140, goal 2,000, post 10,000, comment 5,000', async () => {
    const thread = expectOk(
      await t.gql(OPS.createThread, { input: { title: long(140), goal: long(2000) } }, { token: author.token }),
    ).createThread;
    expect([thread.title.length, thread.goal.length]).toEqual([140, 2000]);
    const post = expectOk(
      await t.gql(OPS.createPost, { input: { threadId: thread.id, body: long(10_000) } }, { token: author.token }),
    ).createPost;
    const comment = expectOk(
      await t.gql(OPS.addComment, { input: { postId: post.id, body: long(5_000) } }, { token: author.token }),
    ).addComment;
    expect(comment.body).toHaveLength(5_000);
  });
});
