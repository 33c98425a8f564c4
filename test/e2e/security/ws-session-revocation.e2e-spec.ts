import { RedisService } from '@kindling/redis';
import { createTestApp, DEFAULT_PASSWORD, expectOk, outcome, TestApp } from '@kindling/testing';
import { AuthPayloadData, login, LOGOUT, refresh } from '../auth/identity-helpers';
import { ackedSocket, closedWithin, RawSocket, terminateAll } from './raw-socket';

/**
 * A revoked session (logout, refresh-token reuse) is revoked everywhere at once: its sockets on every API
 * instance close with 4403, and any operation that reaches one before the close fails UNAUTHENTICATED.
 */
describe('revoked sessions over open graphql-ws sockets', () => {
  let a: TestApp;
  let b: TestApp; // a second API instance: the revocation reaches its sockets through Redis
  const sockets: RawSocket[] = [];
  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp();
  });
  afterEach(() => terminateAll(sockets));
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const ME = '{ me { id } }';
  const NOTIFICATIONS = 'subscription { notificationReceived { id } }';
  const signIn = async (): Promise<AuthPayloadData> => {
    const member = await a.factories.member();
    return expectOk(await login(a, member.user.email, DEFAULT_PASSWORD)).login;
  };
  const socketOn = async (app: TestApp, token: string) => {
    const socket = await ackedSocket(app.url, token);
    sockets.push(socket);
    return socket;
  };
  /** The socket answers `{ me }` for the member: open and authenticated. */
  const expectWorking = async (socket: RawSocket, session: AuthPayloadData, id: string) => {
    socket.subscribe(id, ME);
    expect((await socket.next('next', id)).payload).toEqual({ data: { me: { id: session.user.id } } });
  };

  it('closes the session’s sockets on both instances with 4403 on logout, and leaves its other sessions open', async () => {
    const session = await signIn();
    const other = expectOk(await login(a, session.user.email!, DEFAULT_PASSWORD)).login; // the same member, another device
    const [onA, onB, otherOnB] = [
      await socketOn(a, session.accessToken),
      await socketOn(b, session.accessToken),
      await socketOn(b, other.accessToken),
    ];
    onB.subscribe('live', NOTIFICATIONS);
    await expectWorking(onA, session, 'before-a');
    await expectWorking(onB, session, 'before-b');

    expect(expectOk(await a.gql<{ logout: boolean }>(LOGOUT, { token: session.refreshToken })).logout).toBe(true);

    expect(await closedWithin(onA, 'logout')).toEqual({ code: 4403, reason: 'Session revoked' });
    expect(await closedWithin(onB, 'logout')).toEqual({ code: 4403, reason: 'Session revoked' });
    await expectWorking(otherOnB, other, 'after');
  });

  it('closes the family’s sockets with 4403 when a used refresh token is replayed', async () => {
    const first = await signIn();
    const second = expectOk(await refresh(a, first.refreshToken)).refreshSession; // same family, new pair
    const socket = await socketOn(b, second.accessToken);
    await expectWorking(socket, second, 'before');

    expect(outcome(await refresh(a, first.refreshToken))).toBe('UNAUTHENTICATED'); // reuse: the family is revoked

    expect(await closedWithin(socket, 'the refresh-token reuse')).toEqual({ code: 4403, reason: 'Session revoked' });
    expect((await b.gql(ME, {}, { token: second.accessToken })).data).toEqual({ me: null }); // over HTTP too: anonymous now
  });

  it('fails a query and a mutation UNAUTHENTICATED once the session is on the deny-list, before any close, then closes with 4403', async () => {
    const session = await signIn();
    const forQuery = await socketOn(b, session.accessToken);
    const forMutation = await socketOn(b, session.accessToken);
    await expectWorking(forQuery, session, 'before');
    await expectWorking(forMutation, session, 'before');
    const sessionId = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()).sid as string;
    // The deny-list entry alone, as when the announcement on pub/sub was lost: only the per-operation check can notice.
    await b.app.get(RedisService).client.set(`revoked-session:${sessionId}`, '1', 'EX', 60);

    forQuery.subscribe('op', ME);
    forMutation.subscribe('op', 'mutation { updateProfile(input: { headline: "still me?" }) { headline } }');
    for (const socket of [forQuery, forMutation]) {
      expect(await socket.next('error', 'op')).toEqual({
        type: 'error',
        id: 'op',
        payload: [{ message: 'The session has ended; sign in again', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      expect(await closedWithin(socket, 'the refused operation')).toEqual({ code: 4403, reason: 'Session revoked' });
      expect(socket.frames.filter((f) => f.id === 'op' && f.type !== 'error')).toEqual([]);
    }
    const profile = await a.gql<{ me: { headline: string | null } }>(
      `{ me { headline } }`,
      {},
      { token: await a.factories.tokenFor(session.user.id) },
    );
    expect(profile.data!.me.headline).not.toBe('still me?');
  });
});
