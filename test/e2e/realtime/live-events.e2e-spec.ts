import { JwtService } from '@nestjs/jwt';
import { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@kindling/auth';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';

type Next = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

/** Subscribes and collects every result; `until` resolves when `count` results arrived (or rejects after a timeout). */
function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: Next[] = [];
  let waiters: Array<() => void> = [];
  let done = false;
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        results.push(value as Next);
        waiters.forEach((w) => w());
      },
      error: () => {
        done = true;
        waiters.forEach((w) => w());
      },
      complete: () => {
        done = true;
        waiters.forEach((w) => w());
      },
    },
  );
  const until = (count: number, timeoutMs = 5_000) =>
    new Promise<Next[]>((resolve, reject) => {
      const check = () =>
        results.length >= count ? resolve(results) : done ? reject(new Error(`ended after ${results.length}`)) : undefined;
      waiters.push(check);
      check();
      setTimeout(() => reject(new Error(`timed out with ${results.length} of ${count}`)), timeoutMs).unref();
    });
  return { results, until, dispose, isDone: () => done };
}

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live events over graphql-ws', () => {
  let a: TestApp; // API instance 1 (+ the worker)
  let b: TestApp; // API instance 2: proves events cross processes through Redis
  let author: TestMember;
  let fan: TestMember;
  const clients: Client[] = [];
  const connect = (app: TestApp, token: string) => {
    const client = app.socket(token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    a = await createTestApp({ worker: true });
    b = await createTestApp();
    [author, fan] = await a.factories.members(2);
  });
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await b.close();
    await a.close();
  });

  it('delivers a notification caused on one API instance to a subscriber connected to the other', async () => {
    const live = collect(connect(b, author.token), `subscription { notificationReceived { type actorCount actors { handle } } }`);
    const counts = collect(connect(b, author.token), `subscription { unreadNotificationCountChanged }`);
    await settle();
    await a.gql(`mutation($id: ID!) { follow(userId: $id) { id } }`, { id: author.user.id }, { token: fan.token });
    const [event] = await live.until(1);
    expect(event.data!.notificationReceived).toEqual({ type: 'NEW_FOLLOWER', actorCount: 1, actors: [{ handle: fan.user.handle }] });
    expect((await counts.until(1))[0].data!.unreadNotificationCountChanged).toBe(1);
  });

  it('streams thread posts and comments, re-authorizing every event', async () => {
    const owner = (await a.factories.members(1))[0];
    const community = await a.gql(
      `mutation { createCommunity(input: { slug: "live-${owner.user.id}", name: "Live", visibility: PRIVATE }) { id } }`,
      {},
      { token: owner.token },
    );
    const communityId = community.data!.createCommunity.id;
    const join = await a.gql(`mutation($id: ID!) { joinCommunity(communityId: $id) { id } }`, { id: communityId }, { token: fan.token });
    await a.gql(
      `mutation($id: ID!) { reviewMembership(membershipId: $id, approve: true) { id } }`,
      { id: join.data!.joinCommunity.id },
      { token: owner.token },
    );
    const thread = await a.gql(
      `mutation($c: ID!) { createThread(input: { title: "Private", communityId: $c }) { id } }`,
      { c: communityId },
      { token: owner.token },
    );
    const threadId = thread.data!.createThread.id;

    const posts = collect(connect(b, fan.token), `subscription($t: ID!) { threadPostAdded(threadId: $t) { body author { handle } } }`, {
      t: threadId,
    });
    await settle();
    const first = await a.gql(
      `mutation($t: ID!) { createPost(input: { threadId: $t, body: "one" }) { id } }`,
      { t: threadId },
      { token: owner.token },
    );
    expect((await posts.until(1))[0].data!.threadPostAdded).toEqual({ body: 'one', author: { handle: owner.user.handle } });

    const comments = collect(connect(b, owner.token), `subscription($p: ID!) { commentAdded(postId: $p) { body } }`, {
      p: first.data!.createPost.id,
    });
    await settle();
    await a.gql(
      `mutation($p: ID!) { addComment(input: { postId: $p, body: "nice" }) { id } }`,
      { p: first.data!.createPost.id },
      { token: fan.token },
    );
    expect((await comments.until(1))[0].data!.commentAdded).toEqual({ body: 'nice' });

    // The fan leaves the private community: the next post must not reach them.
    await a.gql(`mutation($id: ID!) { leaveCommunity(communityId: $id) }`, { id: communityId }, { token: fan.token });
    await a.gql(`mutation($t: ID!) { createPost(input: { threadId: $t, body: "two" }) { id } }`, { t: threadId }, { token: owner.token });
    await settle(500);
    expect(posts.results).toHaveLength(1);
  });

  it('refuses a subscription to something the viewer cannot see, as NOT_FOUND', async () => {
    const owner = (await a.factories.members(1))[0];
    const community = await a.gql(
      `mutation { createCommunity(input: { slug: "hidden-${owner.user.id}", name: "Hidden", visibility: PRIVATE }) { id } }`,
      {},
      { token: owner.token },
    );
    const thread = await a.gql(
      `mutation($c: ID!) { createThread(input: { title: "Secret", communityId: $c }) { id } }`,
      { c: community.data!.createCommunity.id },
      { token: owner.token },
    );
    const client = connect(b, fan.token);
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: `subscription($t: ID!) { threadPostAdded(threadId: $t) { id } }`, variables: { t: thread.data!.createThread.id } },
        {
          next: resolve,
          error: resolve,
          complete: () => resolve('complete'),
        },
      );
    });
    expect(JSON.stringify(outcome)).toContain('NOT_FOUND');
  });

  it('closes the socket with 4403 when the access token expires', async () => {
    const jwt = new JwtService();
    const shortLived = await jwt.signAsync(
      { sid: 'short-lived' },
      {
        subject: fan.user.id,
        secret: a.config.jwtSecret,
        algorithm: 'HS256',
        expiresIn: 2,
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
      },
    );
    let connected = false;
    const closed = new Promise<number>((resolve) => {
      const client = a.socket(shortLived);
      clients.push(client);
      client.on('connected', () => (connected = true));
      client.on('closed', (event) => resolve((event as { code: number }).code));
    });
    expect(await closed).toBe(4403);
    expect(connected).toBe(true); // accepted first, then closed when the token ran out
  });

  it('closes a socket that sends a frame over 1 MB', async () => {
    const socket = new WebSocket(`${a.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const code = new Promise<number>((resolve) => socket.once('close', (c) => resolve(c)));
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${fan.token}`, pad: 'x'.repeat(1024 * 1024 + 10) } }),
    );
    expect(await code).toBe(1009);
  });
});
