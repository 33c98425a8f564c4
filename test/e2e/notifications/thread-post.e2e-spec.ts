import { NotificationsService, NotificationType } from '@kindling/notifications';
import { createTestApp, TestApp, waitUntil } from '@kindling/testing';

describe('THREAD_POST notifications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
  });
  afterAll(() => t.close());

  it('reach every subscriber who can see the post, once each, in batches', async () => {
    const [author, ...subscribers] = await t.factories.members(6);
    const [blocker] = subscribers;
    const thread = await t.gql(`mutation { createThread(input: { title: "Batching" }) { id } }`, {}, { token: author.token });
    const threadId = thread.data!.createThread.id;
    for (const s of subscribers)
      await t.gql(`mutation($t: ID!) { subscribeToThread(threadId: $t) { id } }`, { t: threadId }, { token: s.token });
    await t.gql(`mutation($u: ID!) { blockUser(userId: $u) { id } }`, { u: author.user.id }, { token: blocker.token });

    for (const body of ['one', 'two']) {
      await t.gql(
        `mutation($t: ID!, $b: String!) { createPost(input: { threadId: $t, body: $b }) { id } }`,
        { t: threadId, b: body },
        { token: author.token },
      );
    }
    const count = async () =>
      Number((await t.db.query(`SELECT count(*) AS n FROM notification WHERE type = 'THREAD_POST' AND thread_id = $1`, [threadId]))[0].n);
    await waitUntil('every visible subscriber notified', async () => (await count()) === subscribers.length - 1, { timeoutMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Grouped: one unread notification per subscriber for the thread, with the author as its one actor.
    const rows: Array<{ recipient_id: string; actor_count: number }> = await t.db.query(
      `SELECT recipient_id::text, actor_count FROM notification WHERE type = 'THREAD_POST' AND thread_id = $1 ORDER BY recipient_id`,
      [threadId],
    );
    expect(rows.map((r) => r.recipient_id).sort()).toEqual(
      subscribers
        .slice(1)
        .map((s) => s.user.id)
        .sort(),
    );
    expect(rows.every((r) => r.actor_count === 1)).toBe(true);
  });

  it('notifyMany skips the actor, members who muted or block them, and counts an actor once', async () => {
    const [actor, a, b, muter] = await t.factories.members(4);
    await t.gql(`mutation($u: ID!) { muteUser(userId: $u) { id } }`, { u: actor.user.id }, { token: muter.token });
    const service = t.worker!.get(NotificationsService);
    const input = {
      recipientIds: [a.user.id, b.user.id, muter.user.id, actor.user.id],
      type: NotificationType.NEW_FOLLOWER,
      actorId: actor.user.id,
      subject: {},
    };
    expect(await service.notifyMany(input)).toBe(2);
    expect(await service.notifyMany(input)).toBe(2);
    const rows: Array<{ actor_count: number }> = await t.db.query(
      `SELECT actor_count FROM notification WHERE recipient_id = ANY($1::bigint[])`,
      [[a.user.id, b.user.id, muter.user.id]],
    );
    expect(rows.map((r) => r.actor_count)).toEqual([1, 1]);
  });
});

describe('post notifications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
  });
  afterAll(() => t.close());

  it('tell the author about reactions and the mentioned member about the mention', async () => {
    const [author, fan, named] = await t.factories.members(3);
    const thread = await t.gql(`mutation { createThread(input: { title: "Notified" }) { id } }`, {}, { token: author.token });
    const post = await t.gql(
      `mutation($t: ID!, $b: String!) { createPost(input: { threadId: $t, body: $b }) { id } }`,
      { t: thread.data!.createThread.id, b: `thanks @${named.user.handle}` },
      { token: author.token },
    );
    await t.gql(`mutation($p: ID!) { react(postId: $p, type: CHEER) { id } }`, { p: post.data!.createPost.id }, { token: fan.token });
    const types = async (member: typeof author) =>
      (await t.gql(`{ notifications { nodes { type actors { handle } post { id } } } }`, {}, { token: member.token })).data!.notifications
        .nodes;
    const authorInbox = await waitUntil('the reaction notification', async () => {
      const nodes = await types(author);
      return nodes.length > 0 && nodes;
    });
    expect(authorInbox).toEqual([{ type: 'POST_REACTION', actors: [{ handle: fan.user.handle }], post: { id: post.data!.createPost.id } }]);
    const namedInbox = await waitUntil('the mention notification', async () => {
      const nodes = await types(named);
      return nodes.length > 0 && nodes;
    });
    expect(namedInbox).toEqual([{ type: 'MENTION', actors: [{ handle: author.user.handle }], post: { id: post.data!.createPost.id } }]);
  });
});
