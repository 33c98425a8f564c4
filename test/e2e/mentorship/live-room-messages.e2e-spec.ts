import { Client } from 'graphql-ws';
import { RedisService } from '@kindling/redis';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectOk, makeAdmin, openRoom } from './mentorship-fixtures';

type Next = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

/** Subscribes and collects every result; `until(n)` resolves once n arrived; `ended` resolves with the error or 'complete'. */
function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: Next[] = [];
  let waiters: Array<() => void> = [];
  let finish: (value: unknown) => void = () => undefined;
  const ended = new Promise<unknown>((resolve) => (finish = resolve));
  const wake = () => waiters.forEach((w) => w());
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        results.push(value as Next);
        wake();
      },
      error: (error) => {
        finish(error);
        wake();
      },
      complete: () => {
        finish('complete');
        wake();
      },
    },
  );
  const until = (count: number, timeoutMs = 5_000) =>
    new Promise<Next[]>((resolve, reject) => {
      const check = () => (results.length >= count ? resolve(results) : undefined);
      waiters.push(check);
      check();
      setTimeout(() => {
        waiters = waiters.filter((w) => w !== check);
        reject(new Error(`timed out with ${results.length} of ${count}`));
      }, timeoutMs).unref();
    });
  return { results, until, dispose, ended };
}

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

const LIVE = `subscription($r: ID!) { roomMessageAdded(roomId: $r) { roomId body author { id } } }`;
const SEND = `mutation($r: ID!, $body: String!) { sendRoomMessage(roomId: $r, body: $body) { id } }`;

describe('live room messages over graphql-ws', () => {
  let a: TestApp; // where messages are sent
  let b: TestApp; // where subscribers listen: events cross processes through Redis
  let mentor: TestMember;
  let mentee: TestMember;
  let stranger: TestMember;
  let admin: TestMember;
  let roomId: string;
  const clients: Client[] = [];
  const connect = (token?: string) => {
    const client = b.socket(token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp();
    [mentor, mentee, stranger, admin] = await a.factories.members(4);
    await makeAdmin(a, admin);
    roomId = await openRoom(a, mentor, mentee);
  });
  afterAll(async () => {
    await Promise.all(clients.map(async (c) => c.dispose()));
    await b.close();
    await a.close();
  });

  it('reaches the two participants, and nobody else', async () => {
    const toMentor = collect(connect(mentor.token), LIVE, { r: roomId });
    const toMentee = collect(connect(mentee.token), LIVE, { r: roomId });
    const toStranger = collect(connect(stranger.token), LIVE, { r: roomId });
    const toAdmin = collect(connect(admin.token), LIVE, { r: roomId });
    // A room of the stranger's own hears only its own messages.
    const [otherMentor] = await a.factories.members(1);
    const otherRoom = await openRoom(a, otherMentor, stranger);
    const toOtherRoom = collect(connect(stranger.token), LIVE, { r: otherRoom });

    // A refused subscription gets one error result, then ends.
    for (const refused of [toStranger, toAdmin]) {
      await refused.ended;
      expect(refused.results).toEqual([
        { errors: [expect.objectContaining({ extensions: { code: 'NOT_FOUND', reason: 'ROOM_NOT_FOUND', field: 'roomId' } })] },
      ]);
    }
    await settle();

    expectOk(await a.gql(SEND, { r: roomId, body: 'First!' }, { token: mentee.token }));
    expectOk(await a.gql(SEND, { r: roomId, body: 'Welcome' }, { token: mentor.token }));
    const expected = [
      { data: { roomMessageAdded: { roomId, body: 'First!', author: { id: mentee.user.id } } } },
      { data: { roomMessageAdded: { roomId, body: 'Welcome', author: { id: mentor.user.id } } } },
    ];
    expect(await toMentor.until(2)).toEqual(expected);
    expect(await toMentee.until(2)).toEqual(expected);

    await settle(500);
    expect(toStranger.results.filter((r) => r.data)).toEqual([]);
    expect(toAdmin.results.filter((r) => r.data)).toEqual([]);
    expect(toOtherRoom.results).toEqual([]);
    expect(toMentor.results).toHaveLength(2);
  });

  it('refuses an anonymous socket and a malformed room id', async () => {
    const anonymous = b.socket();
    clients.push(anonymous);
    const closed = new Promise<number>((resolve) => anonymous.on('closed', (event) => resolve((event as { code: number }).code)));
    collect(anonymous, LIVE, { r: roomId });
    expect(await closed).toBe(4403);

    const malformed = collect(connect(mentor.token), LIVE, { r: 'not-an-id' });
    await malformed.ended;
    expect(JSON.stringify(malformed.results)).toContain('BAD_USER_INPUT');
  });

  it('stops a participant whose session ended, per event', async () => {
    const [m2, e2] = await a.factories.members(2);
    const room = await openRoom(a, m2, e2);
    const token = await a.factories.tokenFor(e2.user.id);
    const live = collect(connect(token), LIVE, { r: room });
    await settle();
    expectOk(await a.gql(SEND, { r: room, body: 'one' }, { token: m2.token }));
    await live.until(1);
    // End the subscriber's session: the next event is not delivered and the stream ends. The deny-list entry
    // alone: a revocation also announced on pub/sub closes the socket first (test/e2e/security/ws-session-revocation).
    const { sid } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string };
    await b.app.get(RedisService).client.set(`revoked-session:${sid}`, '1', 'EX', 60);
    expectOk(await a.gql(SEND, { r: room, body: 'two' }, { token: m2.token }));
    expect(await live.ended).toBe('complete');
    expect(live.results).toHaveLength(1);
  });
});
