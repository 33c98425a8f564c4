import WebSocket from 'ws';

/** A graphql-transport-ws socket driven frame by frame, for asserting what the server sends and how it closes. */

export interface Closed {
  code: number;
  reason: string;
}

export type Frame = Record<string, any>;

export interface RawSocket {
  ws: WebSocket;
  /** Frames the server sent, parsed. */
  frames: Frame[];
  closed: Promise<Closed>;
  /** The first frame of `type` (for operation `id`, when given); rejects when the socket closes first. */
  next(type: string, id?: string): Promise<Frame>;
  send(frame: unknown): void;
  /** Sends a subscribe frame (a query, mutation or subscription). */
  subscribe(id: string, query: string, variables?: Record<string, unknown>): void;
}

export function openSocket(baseUrl: string): Promise<RawSocket> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const frames: Frame[] = [];
  const waiters: Array<() => void> = [];
  const closed = new Promise<Closed>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  ws.on('error', () => undefined); // the close code is what the tests assert
  ws.on('message', (data: Buffer) => {
    frames.push(JSON.parse(data.toString('utf8')) as Frame);
    waiters.splice(0).forEach((w) => w());
  });
  const next = (type: string, id?: string) =>
    new Promise<Frame>((resolve, reject) => {
      const check = () => {
        const frame = frames.find((f) => f.type === type && (id === undefined || f.id === id));
        if (frame) return resolve(frame);
        waiters.push(check);
      };
      check();
      void closed.then((c) => reject(new Error(`closed ${c.code} ${c.reason} before a ${type} frame`)));
    });
  const send = (frame: unknown) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  const subscribe = (id: string, query: string, variables: Record<string, unknown> = {}) =>
    send({ type: 'subscribe', id, payload: { query, variables } });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, frames, closed, next, send, subscribe }));
    ws.once('error', reject);
  });
}

/** A socket past connection_ack, authenticated with `token`. */
export async function ackedSocket(baseUrl: string, token: string): Promise<RawSocket> {
  const socket = await openSocket(baseUrl);
  socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
  await socket.next('connection_ack');
  return socket;
}

/** How the socket closed, or a failure naming `what` when it is still open after `timeoutMs`. */
export function closedWithin(socket: RawSocket, what: string, timeoutMs = 5_000): Promise<Closed> {
  return Promise.race([
    socket.closed,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`socket still open ${timeoutMs} ms after ${what}`)), timeoutMs).unref(),
    ),
  ]);
}

/** Closes every socket still open (afterEach). */
export function terminateAll(sockets: RawSocket[]): void {
  for (const socket of sockets.splice(0)) if (socket.ws.readyState !== WebSocket.CLOSED) socket.ws.terminate();
}
