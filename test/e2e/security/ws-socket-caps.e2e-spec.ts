import WebSocket from 'ws';
import { createTestApp, TestApp, TestMember, waitUntil } from '@kindling/testing';
import { MAX_OPERATIONS_PER_SOCKET, MAX_SOCKETS_PER_MEMBER } from '../../../apps/api/src/realtime/socket-registry';
import { ackedSocket, closedWithin, openSocket, RawSocket, terminateAll } from './raw-socket';

/** A socket holds at most 100 operations at once and a member at most 10 sockets per API process; past either, 4429. */
describe('graphql-ws caps per socket and per member', () => {
  let t: TestApp;
  const sockets: RawSocket[] = [];
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterEach(() => terminateAll(sockets));
  afterAll(() => t.close());

  const ME = '{ me { id } }';
  const LIVE = 'subscription { notificationReceived { id } }';
  const acked = async (token: string) => {
    const socket = await ackedSocket(t.url, token);
    sockets.push(socket);
    return socket;
  };
  /** Sends connection_init and resolves with 'acked' or the close. */
  const tryConnect = async (token: string) => {
    const socket = await openSocket(t.url);
    sockets.push(socket);
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    return Promise.race([socket.next('connection_ack').then(() => 'acked' as const), socket.closed]);
  };
  const answersMe = async (socket: RawSocket, member: TestMember, id: string) => {
    socket.subscribe(id, ME);
    expect((await socket.next('next', id)).payload).toEqual({ data: { me: { id: member.user.id } } });
  };

  it(`runs ${MAX_OPERATIONS_PER_SOCKET} operations at once on a socket and closes it with 4429 on one more`, async () => {
    expect(MAX_OPERATIONS_PER_SOCKET).toBe(100);
    const member = await t.factories.member();
    const socket = await acked(member.token);
    for (let i = 1; i < MAX_OPERATIONS_PER_SOCKET; i++) socket.subscribe(`live-${i}`, LIVE);
    await answersMe(socket, member, 'at-the-cap'); // the 100th in flight
    await socket.next('complete', 'at-the-cap');

    socket.subscribe(`live-${MAX_OPERATIONS_PER_SOCKET}`, LIVE); // 100 in flight again
    socket.subscribe('past-the-cap', ME);
    expect(await closedWithin(socket, 'the 101st operation')).toEqual({ code: 4429, reason: 'Too many subscriptions' });
    expect(socket.frames.filter((f) => f.id === 'past-the-cap')).toEqual([]);
    expect(socket.frames.filter((f) => f.type === 'error')).toEqual([]);
  });

  it(`accepts ${MAX_SOCKETS_PER_MEMBER} sockets per member, whatever their sessions, and refuses the next with 4429`, async () => {
    expect(MAX_SOCKETS_PER_MEMBER).toBe(10);
    const [member, other] = await t.factories.members(2);
    const tokens = [member.token, await t.factories.tokenFor(member.user.id)]; // two sessions of one member
    const open: RawSocket[] = [];
    for (let i = 0; i < MAX_SOCKETS_PER_MEMBER; i++) open.push(await acked(tokens[i % 2]));

    expect(await tryConnect(await t.factories.tokenFor(member.user.id))).toEqual({ code: 4429, reason: 'Too many sockets' });
    for (const [i, socket] of open.entries()) await answersMe(socket, member, `still-${i}`); // the open ones keep working
    await answersMe(await acked(other.token), other, 'other'); // another member is not affected

    open[0].ws.close(1000);
    await open[0].closed;
    await waitUntil('a freed slot to accept a new socket', async () => (await tryConnect(member.token)) === 'acked');
    expect(open.slice(1).every((socket) => socket.ws.readyState === WebSocket.OPEN)).toBe(true);
  });
});
