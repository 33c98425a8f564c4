import { PostEntity, PostKind, PostsService } from '@kindling/posts';
import { SocialGraphService } from '@kindling/social-graph';
import { ThreadEntity, ThreadsService } from '@kindling/threads';
import { expectOk, GraphQLResponse, outcome, refusal, TestApp, TestMember } from '@kindling/testing';

/** Operations and helpers shared by the content e2e specs (threads, posts, comments, reactions, visibility). */

export const THREAD_FIELDS = `id title goal status postCount subscriberCount viewerIsSubscribed author { handle } community { id }`;
export const POST_FIELDS = `id kind body tags editedAt commentCount reactions { type count } viewerReactions mentions { handle } thread { id postCount }`;
export const COMMENT_FIELDS = `id body author { handle } parent { id } replyCount editedAt deletedAt post { id commentCount }`;

export const OPS = {
  createThread: `mutation($input: CreateThreadInput!) { createThread(input: $input) { ${THREAD_FIELDS} } }`,
  updateThread: `mutation($id: ID!, $input: UpdateThreadInput!) { updateThread(id: $id, input: $input) { ${THREAD_FIELDS} updatedAt } }`,
  subscribe: `mutation($id: ID!) { subscribeToThread(threadId: $id) { subscriberCount viewerIsSubscribed } }`,
  unsubscribe: `mutation($id: ID!) { unsubscribeFromThread(threadId: $id) { subscriberCount viewerIsSubscribed } }`,
  thread: `query($id: ID!) { thread(id: $id) { ${THREAD_FIELDS} } }`,
  createPost: `mutation($input: CreatePostInput!) { createPost(input: $input) { ${POST_FIELDS} } }`,
  editPost: `mutation($id: ID!, $body: String!) { editPost(id: $id, body: $body) { ${POST_FIELDS} } }`,
  deletePost: `mutation($id: ID!) { deletePost(id: $id) }`,
  post: `query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`,
  addComment: `mutation($input: AddCommentInput!) { addComment(input: $input) { ${COMMENT_FIELDS} } }`,
  editComment: `mutation($id: ID!, $body: String!) { editComment(id: $id, body: $body) { ${COMMENT_FIELDS} } }`,
  deleteComment: `mutation($id: ID!) { deleteComment(id: $id) { ${COMMENT_FIELDS} } }`,
  react: `mutation($id: ID!, $type: ReactionType!) { react(postId: $id, type: $type) { reactions { type count } viewerReactions } }`,
  unreact: `mutation($id: ID!, $type: ReactionType!) { unreact(postId: $id, type: $type) { reactions { type count } viewerReactions } }`,
} as const;

export { seedCommunity, uniqueSlug } from '../communities/community-fixtures';

/**
 * Every content row that involves these members (as authors, subscribers,
 * reactors, mentioned, moderators, targets) or their threads and posts, in a
 * stable order: equal before and after a refused call proves nothing was written.
 */
export async function contentRows(t: TestApp, members: readonly TestMember[]): Promise<Record<string, unknown[]>> {
  const ids = members.map((m) => m.user.id);
  const q = (sql: string) => t.db.query(sql, [ids]);
  const threads = `(SELECT id FROM growth_thread WHERE author_id = ANY($1::bigint[]))`;
  const posts = `(SELECT id FROM post WHERE author_id = ANY($1::bigint[]) OR thread_id IN ${threads})`;
  const [thread, subscription, post, mention, comment, reaction, moderation] = await Promise.all([
    q(`SELECT * FROM growth_thread WHERE author_id = ANY($1::bigint[]) ORDER BY id`),
    q(`SELECT * FROM thread_subscription WHERE user_id = ANY($1::bigint[]) OR thread_id IN ${threads} ORDER BY thread_id, user_id`),
    q(`SELECT * FROM post WHERE id IN ${posts} ORDER BY id`),
    q(`SELECT * FROM post_mention WHERE user_id = ANY($1::bigint[]) OR post_id IN ${posts} ORDER BY post_id, user_id`),
    q(`SELECT * FROM comment WHERE author_id = ANY($1::bigint[]) OR post_id IN ${posts} ORDER BY id`),
    q(`SELECT * FROM reaction WHERE user_id = ANY($1::bigint[]) OR post_id IN ${posts} ORDER BY post_id, user_id, type`),
    q(`SELECT * FROM moderation_action WHERE moderator_id = ANY($1::bigint[]) OR target_user_id = ANY($1::bigint[]) ORDER BY id`),
  ]);
  return { thread, subscription, post, mention, comment, reaction, moderation };
}

/** Runs a call that must be refused and checks that no content row of `members` changed. */
export async function expectNothingWritten(
  t: TestApp,
  members: readonly TestMember[],
  call: () => Promise<GraphQLResponse>,
): Promise<GraphQLResponse> {
  const before = await contentRows(t, members);
  const res = await call();
  expect(res.data ?? null).toBeNull();
  expect(await contentRows(t, members)).toEqual(before);
  return res;
}

export function seedThread(
  t: TestApp,
  author: TestMember,
  input: { title?: string; communityId?: string | null } = {},
): Promise<ThreadEntity> {
  return t.app
    .get(ThreadsService)
    .create(author.user.id, { title: input.title ?? 'Seeded thread', communityId: input.communityId ?? null });
}

export function seedPost(
  t: TestApp,
  author: TestMember,
  threadId: string,
  body = 'Seeded post',
  kind = PostKind.UPDATE,
): Promise<PostEntity> {
  return t.app.get(PostsService).create(author.user.id, { threadId, body, kind });
}

export const block = (t: TestApp, blocker: TestMember, blocked: TestMember) =>
  t.app.get(SocialGraphService).block(blocker.user.id, blocked.user.id);
export const mute = (t: TestApp, muter: TestMember, muted: TestMember) => t.app.get(SocialGraphService).mute(muter.user.id, muted.user.id);

export { expectOk, outcome, refusal };
