import { Client } from 'graphql-ws';
import { PubSubService, Topics } from '@kindling/realtime';
import { createTestApp, expectOk, expectStatementCount, TestApp, TestMember, waitUntil } from '@kindling/testing';

const SUBSCRIBERS = 50;
/** The post (its author and thread joined), then which of the subscribers may see it: one query for all of them. */
const MAX_POST_STATEMENTS = 2;
/** The comment (its author joined), then the same two for its post. */
const MAX_COMMENT_STATEMENTS = 3;

const POSTS = `subscription($t: ID!) { threadPostAdded(threadId: $t) { id body author { handle } thread { title } } }`;
const COMMENTS = `subscription($p: ID!) { commentAdded(postId: $p) { id body author { handle } } }`;

/**
 * One event reaching many subscribers in one API process is authorized for all of them at once, and the rows
 * that check loaded seed their author and thread fields: a fixed number of SQL statements, not a few per
 * subscriber, and still only for those who may see it.
 */
describe('one live event for many subscribers', () => {
  let t: TestApp;
  let author: TestMember;
  let subscribers: TestMember[];
  let blockers: TestMember[];
  let others: TestMember[];
  let threadId: string;
  const clients = new Map<string, Client>();
  /** What each subscriber received, by member id: the ids, and the results themselves. */
  const received = new Map<string, string[]>();
  const results: Array<Record<string, any>> = [];
  let commentedPostId: string;

  const gql = async <T>(query: string, variables: Record<string, unknown>, member: TestMember) =>
    expectOk(await t.gql<T & Record<string, any>>(query, variables, { token: member.token }));
  const post = async (body: string) =>
    (
      await gql<{ createPost: { id: string } }>(
        `mutation($t: ID!, $b: String!) { createPost(input: { threadId: $t, body: $b }) { id } }`,
        { t: threadId, b: body },
        author,
      )
    ).createPost.id;
  const comment = async (postId: string, body: string) =>
    (
      await gql<{ addComment: { id: string } }>(
        `mutation($p: ID!, $b: String!) { addComment(input: { postId: $p, body: $b }) { id } }`,
        { p: postId, b: body },
        author,
      )
    ).addComment.id;
  const blockAuthor = (member: TestMember, block: boolean) =>
    gql(`mutation($u: ID!) { ${block ? 'blockUser' : 'unblockUser'}(userId: $u) { id } }`, { u: author.user.id }, member);
  const republish = (field: string, id: string) =>
    field === 'threadPostAdded'
      ? t.app.get(PubSubService).publish(Topics.threadPost(threadId), { postId: id })
      : t.app.get(PubSubService).publish(Topics.postComment(commentedPostId), { commentId: id });
  const got = (member: TestMember, id: string) => received.get(member.user.id)!.includes(id);
  const forget = () => subscribers.forEach((m) => received.set(m.user.id, []));

  /** Subscribes every subscriber, then publishes a warm-up event until each of them has it: all subscriptions live. */
  const subscribeAll = async (query: string, variables: Record<string, unknown>, field: string, publishWarmUp: () => Promise<string>) => {
    forget(); // post and comment ids overlap: from here on, only this test's events are published
    for (const member of subscribers) {
      clients.get(member.user.id)!.subscribe<Record<string, { id: string }>>(
        { query, variables },
        {
          next: (result) => {
            results.push(result.data![field]);
            received.get(member.user.id)!.push(result.data![field].id);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    }
    const warmUp = await publishWarmUp();
    await waitUntil(`every ${field} subscription to be live`, async () => {
      if (subscribers.every((m) => got(m, warmUp))) return true;
      await republish(field, warmUp);
      return false;
    });
  };

  /** Publishes `id` again (its creation published it already) and waits for the others, counting the SQL it costs. */
  const deliverCounted = async (field: string, id: string, max: number) => {
    await waitUntil(`the others to get the ${field}`, () => others.every((m) => got(m, id)));
    forget();
    results.length = 0;
    await expectStatementCount(
      t.queries,
      async () => {
        await republish(field, id);
        await waitUntil(`the others to get the ${field} again`, () => others.every((m) => got(m, id)));
      },
      { max },
    );
  };

  beforeAll(async () => {
    t = await createTestApp();
    [author, ...subscribers] = await t.factories.members(SUBSCRIBERS + 1);
    blockers = subscribers.slice(0, 5);
    others = subscribers.slice(5);
    threadId = (
      await gql<{ createThread: { id: string } }>(`mutation { createThread(input: { title: "Busy thread" }) { id } }`, {}, author)
    ).createThread.id;
    forget();
    for (const member of subscribers) clients.set(member.user.id, t.socket(member.token));
  });
  afterEach(async () => {
    // A failed test must not leave its blocks behind for the next one (unblocking twice is harmless).
    for (const member of blockers)
      await t.gql(`mutation($u: ID!) { unblockUser(userId: $u) { id } }`, { u: author.user.id }, { token: member.token });
  });
  afterAll(async () => {
    for (const client of clients.values()) void client.dispose();
    await t.close();
  });

  it(`delivers a post to ${SUBSCRIBERS} subscribers in ${MAX_POST_STATEMENTS} statements, skipping those who blocked the author`, async () => {
    await subscribeAll(POSTS, { t: threadId }, 'threadPostAdded', () => post('warm-up'));
    for (const member of blockers) await blockAuthor(member, true);
    const hidden = await post('not for blockers');

    await deliverCounted('threadPostAdded', hidden, MAX_POST_STATEMENTS);
    expect(results[0]).toEqual({
      id: hidden,
      body: 'not for blockers',
      author: { handle: author.user.handle },
      thread: { title: 'Busy thread' },
    });

    // Unblocked, the blockers get the next post: each stream is in order, so the hidden one was skipped, not late.
    for (const member of blockers) await blockAuthor(member, false);
    const next = await post('for everyone');
    await waitUntil('everyone to get the next post', () => subscribers.every((m) => got(m, next)));
    for (const member of blockers) expect(received.get(member.user.id)).toEqual([next]);
    for (const member of others) expect(received.get(member.user.id)).toEqual([hidden, next]);
  });

  it(`delivers a comment to ${SUBSCRIBERS} subscribers in ${MAX_COMMENT_STATEMENTS} statements, skipping those who blocked the author`, async () => {
    commentedPostId = await post('talk here');
    await subscribeAll(COMMENTS, { p: commentedPostId }, 'commentAdded', () => comment(commentedPostId, 'warm-up'));
    for (const member of blockers) await blockAuthor(member, true);
    const hidden = await comment(commentedPostId, 'not for blockers');

    await deliverCounted('commentAdded', hidden, MAX_COMMENT_STATEMENTS);
    expect(results[0]).toEqual({ id: hidden, body: 'not for blockers', author: { handle: author.user.handle } });

    for (const member of blockers) await blockAuthor(member, false);
    const next = await comment(commentedPostId, 'for everyone');
    await waitUntil('everyone to get the next comment', () => subscribers.every((m) => got(m, next)));
    for (const member of blockers) expect(received.get(member.user.id)).toEqual([next]);
    for (const member of others) expect(received.get(member.user.id)).toEqual([hidden, next]);
  });
});
