import { Client } from 'graphql-ws';
import { PubSubService, Topics } from '@kindling/realtime';
import { createTestApp, expectOk, expectStatementCount, TestApp, TestMember, waitUntil } from '@kindling/testing';

const SUBSCRIBERS = 50;
/** The post by id, then which of the subscribers may see it: one query for all of them. */
const MAX_STATEMENTS = 2;

/**
 * One event reaching many subscribers in one API process is authorized for all of them at once: a fixed number
 * of SQL statements, not one check per subscriber, and still only for those who may see it.
 */
describe('one live event for many subscribers', () => {
  let t: TestApp;
  let author: TestMember;
  let subscribers: TestMember[];
  let threadId: string;
  const clients: Client[] = [];
  /** The post ids each subscriber received, by member id. */
  const received = new Map<string, string[]>();

  const post = async (body: string) =>
    expectOk(
      await t.gql<{ createPost: { id: string } }>(
        `mutation($t: ID!, $b: String!) { createPost(input: { threadId: $t, body: $b }) { id } }`,
        { t: threadId, b: body },
        { token: author.token },
      ),
    ).createPost.id;
  const publish = (postId: string) => t.app.get(PubSubService).publish(Topics.threadPost(threadId), { postId });
  const got = (member: TestMember, postId: string) => received.get(member.user.id)!.includes(postId);
  const blockAuthor = async (member: TestMember, block: boolean) =>
    expectOk(
      await t.gql(
        `mutation($u: ID!) { ${block ? 'blockUser' : 'unblockUser'}(userId: $u) { id } }`,
        { u: author.user.id },
        { token: member.token },
      ),
    );

  beforeAll(async () => {
    t = await createTestApp();
    [author, ...subscribers] = await t.factories.members(SUBSCRIBERS + 1);
    threadId = expectOk(
      await t.gql<{ createThread: { id: string } }>(
        `mutation { createThread(input: { title: "Busy thread" }) { id } }`,
        {},
        { token: author.token },
      ),
    ).createThread.id;
    for (const member of subscribers) {
      received.set(member.user.id, []);
      const client = t.socket(member.token);
      clients.push(client);
      client.subscribe<{ threadPostAdded: { id: string } }>(
        { query: `subscription($t: ID!) { threadPostAdded(threadId: $t) { id body } }`, variables: { t: threadId } },
        {
          next: (result) => received.get(member.user.id)!.push(result.data!.threadPostAdded.id),
          error: () => undefined,
          complete: () => undefined,
        },
      );
    }
    // Every subscription is live once each of them has seen a warm-up post (published again until they all have).
    const warmUp = await post('warm-up');
    await waitUntil('every subscriber to get the warm-up post', async () => {
      if (subscribers.every((m) => got(m, warmUp))) return true;
      await publish(warmUp);
      return false;
    });
  });
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await t.close();
  });

  it(`authorizes ${SUBSCRIBERS} subscribers of one post in ${MAX_STATEMENTS} statements, and skips those who blocked the author`, async () => {
    const blockers = subscribers.slice(0, 5);
    const others = subscribers.slice(5);
    for (const member of blockers) await blockAuthor(member, true);
    const hidden = await post('not for blockers'); // createPost publishes it too; the count covers our own publish only
    await waitUntil('the others to get the post', () => others.every((m) => got(m, hidden)));
    for (const member of subscribers) received.set(member.user.id, []);

    await expectStatementCount(
      t.queries,
      async () => {
        await publish(hidden);
        await waitUntil('the others to get the post again', () => others.every((m) => got(m, hidden)));
      },
      { max: MAX_STATEMENTS },
    );

    // Unblocked, the blockers get the next post: each stream is in order, so the hidden one was skipped, not late.
    for (const member of blockers) await blockAuthor(member, false);
    const next = await post('for everyone');
    await waitUntil('everyone to get the next post', () => subscribers.every((m) => got(m, next)));
    for (const member of blockers) expect(received.get(member.user.id)).toEqual([next]);
    for (const member of others) expect(received.get(member.user.id)).toEqual([hidden, next]);
  });
});
