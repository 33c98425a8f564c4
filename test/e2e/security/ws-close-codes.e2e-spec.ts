import WebSocket from 'ws';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';

/**
 * The graphql-transport-ws protocol's close codes, driven by a raw `ws` socket (the graphql-ws client would never
 * send these frames), and the operation limits applied to subscriptions sent over the socket.
 */

interface Closed {
  code: number;
  reason: string;
}

interface RawSocket {
  ws: WebSocket;
  /** Frames the server sent, parsed. */
  frames: Array<Record<string, any>>;
  closed: Promise<Closed>;
  /** Resolves with the first frame of `type` (or rejects when the socket closes first). */
  next(type: string): Promise<Record<string, any>>;
  send(frame: unknown): void;
}

function open(t: TestApp): Promise<RawSocket> {
  const ws = new WebSocket(`${t.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const frames: Array<Record<string, any>> = [];
  const waiters: Array<() => void> = [];
  const closed = new Promise<Closed>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  ws.on('error', () => undefined); // a 1009 close surfaces as an error on the client too; the close code is what we assert
  ws.on('message', (data: Buffer) => {
    frames.push(JSON.parse(data.toString('utf8')) as Record<string, any>);
    waiters.splice(0).forEach((w) => w());
  });
  const next = (type: string) =>
    new Promise<Record<string, any>>((resolve, reject) => {
      const check = () => {
        const frame = frames.find((f) => f.type === type);
        if (frame) return resolve(frame);
        waiters.push(check);
      };
      check();
      void closed.then((c) => reject(new Error(`closed ${c.code} ${c.reason} before a ${type} frame`)));
    });
  const send = (frame: unknown) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, frames, closed, next, send }));
    ws.once('error', reject);
  });
}

describe('graphql-ws close codes and limits over a raw socket', () => {
  let t: TestApp;
  let member: TestMember;
  const sockets: WebSocket[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    member = await t.factories.member();
  });
  afterEach(() => {
    for (const ws of sockets.splice(0)) if (ws.readyState === WebSocket.OPEN) ws.terminate();
  });
  afterAll(() => t.close());

  const raw = async () => {
    const socket = await open(t);
    sockets.push(socket.ws);
    return socket;
  };
  const init = (token: string | null = member.token) => ({
    type: 'connection_init',
    payload: token ? { authorization: `Bearer ${token}` } : {},
  });
  /** A socket past connection_ack. */
  const acked = async () => {
    const socket = await raw();
    socket.send(init());
    await socket.next('connection_ack');
    return socket;
  };
  const subscribe = (id: string, query: string, variables: Record<string, unknown> = {}) => ({
    type: 'subscribe',
    id,
    payload: { query, variables },
  });
  const ME = '{ me { id } }';

  const closes: Array<[string, number, RegExp, (s: RawSocket) => void | Promise<void>, boolean]> = [
    ['bad JSON', 4400, /./, (s) => s.send('{"type": "connection_init"'), false],
    ['a frame that is not an object', 4400, /./, (s) => s.send('42'), false],
    ['an unknown message type', 4400, /./, (s) => s.send({ type: 'launch_missiles' }), false],
    ['a message without a type', 4400, /./, (s) => s.send({ payload: {} }), false],
    ['a subscribe without an id', 4400, /./, (s) => s.send({ type: 'subscribe', payload: { query: ME } }), true],
    ['a subscribe without a query', 4400, /./, (s) => s.send({ type: 'subscribe', id: '1', payload: {} }), true],
    ['a subscribe before connection_ack', 4401, /Unauthorized/, (s) => s.send(subscribe('1', ME)), false],
    ['connection_init with no token', 4403, /Forbidden/, (s) => s.send(init(null)), false],
    ['connection_init with a bad token', 4403, /Forbidden/, (s) => s.send(init('not.a.token')), false],
    [
      'connection_init with a non-string authorization',
      4403,
      /Forbidden/,
      (s) => s.send({ type: 'connection_init', payload: { authorization: 7 } }),
      false,
    ],
    ['a second connection_init', 4429, /Too many initiali[sz]ation requests/, (s) => s.send(init()), true],
    ['a frame over 1 MB', 1009, /.*/, (s) => s.send({ type: 'ping', payload: { pad: 'x'.repeat(1024 * 1024 + 1) } }), true],
  ];

  it.each(closes)('closes on %s with %i', async (_, code, reason, act, afterAck) => {
    const socket = afterAck ? await acked() : await raw();
    await act(socket);
    const closed = await socket.closed;
    expect(closed.code).toBe(code);
    expect(closed.reason).toMatch(reason);
  });

  it('closes with 4409 when two subscribes share an id (the first one still running)', async () => {
    const socket = await acked();
    const thread = await t.gql(`mutation { createThread(input: { title: "ws" }) { id } }`, {}, { token: member.token });
    const live = `subscription($t: ID!) { threadPostAdded(threadId: $t) { id } }`;
    socket.send(subscribe('dup', live, { t: thread.data!.createThread.id }));
    socket.send(subscribe('dup', live, { t: thread.data!.createThread.id }));
    expect(await socket.closed).toEqual({ code: 4409, reason: 'Subscriber for dup already exists' });
  });

  it('closes with 4408 when no connection_init arrives within 3 s, and not before', async () => {
    const socket = await raw();
    const started = Date.now();
    const closed = await socket.closed;
    expect(closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_900);
  });

  it('keeps a well-behaved socket open (control): ack, ping/pong and a query', async () => {
    const socket = await acked();
    socket.send({ type: 'ping' });
    await socket.next('pong');
    socket.send(subscribe('q', ME));
    expect((await socket.next('next')).payload).toEqual({ data: { me: { id: member.user.id } } });
    await socket.next('complete');
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);
  });

  const nested = (levels: number) => `${'followers(first: 1) { nodes { '.repeat(levels)}id${' } }'.repeat(levels)}`;
  const limits: Array<[string, string, RegExp]> = [
    ['depth', `subscription($t: ID!) { threadPostAdded(threadId: $t) { author { ${nested(4)} } } }`, /^Query depth 11 exceeds 10$/],
    [
      'aliases',
      `subscription($t: ID!) { threadPostAdded(threadId: $t) { ${Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ')} } }`,
      /^Query uses 16 aliases; at most 15$/,
    ],
    [
      'cost',
      `subscription($t: ID!) { threadPostAdded(threadId: $t) { author { ${nested(3).replaceAll('first: 1)', 'first: 100)')} } } }`,
      /^Query cost \d+ exceeds 50000$/,
    ],
    ['tokens', `subscription($t: ID!) { threadPostAdded(threadId: $t) { id ${'__typename '.repeat(5_000)} } }`, /5000 tokens/],
    ['directives', `subscription($t: ID!) { threadPostAdded(threadId: $t) { ${'id @include(if: true) '.repeat(11)} } }`, /11 directives/],
  ];

  it.each(limits)('refuses a subscription over the %s limit with an error frame, and the socket lives on', async (_, query, message) => {
    const socket = await acked();
    socket.send(subscribe('over', query, { t: '1' }));
    const error = await socket.next('error');
    expect(error).toEqual({
      type: 'error',
      id: 'over',
      // The same extensions as over HTTP: the code, and for a limit its name, the value and the maximum.
      payload: [{ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) }],
    });
    socket.send(subscribe('after', ME));
    expect((await socket.next('next')).payload).toEqual({ data: { me: { id: member.user.id } } });
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);
  });
});
