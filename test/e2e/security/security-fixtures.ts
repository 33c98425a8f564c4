import { expectOk, TestApp, TestMember, uniqueSlug, uniqueWord } from '@kindling/testing';

/** Helpers shared by the security specs. */

/**
 * The content rows that involve these members (as authors, actors, subscribers, reporters, recipients) or
 * their threads and posts, in a stable order: equal before and after a refused call proves nothing was written.
 * Scoped to the members, since other spec files write to the same database at the same time.
 */
export async function contentSnapshot(t: TestApp, members: readonly TestMember[]): Promise<Record<string, unknown[]>> {
  const ids = members.map((m) => m.user.id);
  const q = (sql: string) => t.db.query(sql, [ids]);
  const threads = `(SELECT id FROM growth_thread WHERE author_id = ANY($1::bigint[]))`;
  const posts = `(SELECT id FROM post WHERE author_id = ANY($1::bigint[]) OR thread_id IN ${threads})`;
  const [thread, subscription, post, comment, reaction, report, notification] = await Promise.all([
    q(`SELECT * FROM growth_thread WHERE author_id = ANY($1::bigint[]) ORDER BY id`),
    q(`SELECT * FROM thread_subscription WHERE user_id = ANY($1::bigint[]) OR thread_id IN ${threads} ORDER BY thread_id, user_id`),
    q(`SELECT * FROM post WHERE id IN ${posts} ORDER BY id`),
    q(`SELECT * FROM comment WHERE author_id = ANY($1::bigint[]) OR post_id IN ${posts} ORDER BY id`),
    q(`SELECT * FROM reaction WHERE user_id = ANY($1::bigint[]) OR post_id IN ${posts} ORDER BY post_id, user_id, type`),
    q(`SELECT * FROM report WHERE reporter_id = ANY($1::bigint[]) ORDER BY id`),
    q(`SELECT * FROM notification WHERE recipient_id = ANY($1::bigint[]) ORDER BY id`),
  ]);
  return { thread, subscription, post, comment, reaction, report, notification };
}

export interface PrivateContent {
  communityId: string;
  threadId: string;
  postId: string;
  commentId: string;
  /** A public thread and post of the same author, for mixed-alias requests. */
  publicThreadId: string;
  publicPostId: string;
  word: string;
}

/** A private community of `owner` (the only member) with a thread, a post and a comment containing `word`, plus public twins. */
export async function privateContent(t: TestApp, owner: TestMember): Promise<PrivateContent> {
  const w = uniqueWord('sec');
  const gql = (q: string, v: Record<string, unknown>) => t.gql(q, v, { token: owner.token }).then(expectOk);
  const community = await gql(`mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`, {
    input: { slug: uniqueSlug('p'), name: `Private ${w}`, visibility: 'PRIVATE' },
  });
  const communityId = community.createCommunity.id as string;
  const thread = await gql(`mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`, {
    input: { title: `Secret ${w}`, goal: `goal ${w}`, communityId },
  });
  const threadId = thread.createThread.id as string;
  const post = await gql(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, {
    input: { threadId, body: `private body ${w}` },
  });
  const postId = post.createPost.id as string;
  const comment = await gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
    input: { postId, body: `private comment ${w}` },
  });
  const publicThread = await gql(`mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`, {
    input: { title: `Open ${w}` },
  });
  const publicThreadId = publicThread.createThread.id as string;
  const publicPost = await gql(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, {
    input: { threadId: publicThreadId, body: `public body ${w}` },
  });
  return {
    communityId,
    threadId,
    postId,
    commentId: comment.addComment.id as string,
    publicThreadId,
    publicPostId: publicPost.createPost.id as string,
    word: w,
  };
}
