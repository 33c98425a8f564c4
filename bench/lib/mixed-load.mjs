// The mixed workload: weighted operations over many viewers, a closed loop (capacity)
// and an open, paced loop (soak), plus graphql-ws subscribers that time event delivery.
import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const b64 = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

// As in libs/auth/src/access-token.service.ts (ACCESS_TOKEN_ISSUER / _AUDIENCE); the bench checks one token with `me` first.
const ISSUER = 'kindling';
const AUDIENCE = 'kindling-api';

/** An HS256 access token as AccessTokenService signs it (sub = member id, sid = a fresh session id). */
export function accessToken(secret, userId, ttlSeconds = 6 * 3600) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sid: randomUUID(), sub: userId, iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + ttlSeconds };
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

export const MIX = [
  ['homeFeed', 40],
  ['thread', 30],
  ['createPost', 10],
  ['addComment', 5],
  ['react', 5],
  ['sendRoomMessage', 5],
  ['notifications', 5],
];
const CUMULATIVE = MIX.reduce((acc, [name, w]) => [...acc, [name, (acc.at(-1)?.[1] ?? 0) + w]], []);
const pick = () => {
  const r = Math.random() * 100;
  return CUMULATIVE.find(([, upTo]) => r < upTo)[0];
};
const any = (list) => list[Math.floor(Math.random() * list.length)];
const REACTIONS = ['CHEER', 'INSIGHTFUL', 'SUPPORT', 'CELEBRATE'];

const Q = {
  homeFeed: `query { homeFeed(first: 20) { nodes { id body commentCount author { handle } } pageInfo { endCursor } } }`,
  thread: `query($id: ID!) { thread(id: $id) { title postCount posts(first: 10) { nodes { id body commentCount } } } }`,
  createPost: `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
  addComment: `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
  react: `mutation($postId: ID!, $type: ReactionType!) { react(postId: $postId, type: $type) { id } }`,
  sendRoomMessage: `mutation($roomId: ID!, $body: String!) { sendRoomMessage(roomId: $roomId, body: $body) { id } }`,
  notifications: `query { notifications(first: 20) { nodes { id actorCount readAt } } }`,
};

/**
 * `world`: { viewers: [{ id, token, thread, room }], threadIds, postIds, apis: [baseUrl] }.
 * `events`: the Live instance, told when a post or a notifying action was made.
 */
export class Workload {
  constructor(world, live) {
    Object.assign(this, { world, live });
    this.stats = new Map();
    this.agents = world.apis.map(() => new http.Agent({ keepAlive: true, maxSockets: 256 }));
    this.seq = 0;
  }

  request(name) {
    const viewer = any(this.world.viewers);
    let variables = {};
    if (name === 'thread') variables = { id: any(this.world.threadIds) };
    if (name === 'createPost')
      variables = { input: { threadId: viewer.thread, body: `Bench progress ${++this.seq}: shipped a small step` } };
    if (name === 'addComment') variables = { input: { postId: any(this.world.postIds), body: 'Nice progress, keep going' } };
    if (name === 'react') variables = { postId: any(this.world.postIds), type: any(REACTIONS) };
    if (name === 'sendRoomMessage') variables = { roomId: viewer.room, body: 'Checking in on this week' };
    return { viewer, body: JSON.stringify({ query: Q[name], variables }), variables };
  }

  record(name, ms, failure) {
    let s = this.stats.get(name);
    if (!s) this.stats.set(name, (s = { latencies: [], errors: 0, firstError: null }));
    s.latencies.push(ms);
    if (failure) {
      s.errors += 1;
      s.firstError ??= failure;
    }
  }

  async one(name, api, sentAt = performance.now()) {
    const { viewer, body, variables } = this.request(name);
    const started = performance.now();
    let failure = null;
    try {
      const { status, text } = await post(this.agents[api], `${this.world.apis[api]}/graphql`, body, viewer.token);
      const json = JSON.parse(text);
      if (status !== 200 || json.errors) failure = `HTTP ${status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`;
      else if (name === 'createPost') {
        this.world.postIds.push(json.data.createPost.id);
        this.live.made(json.data.createPost.id, started);
      } else if (name === 'addComment' || name === 'react') this.live.made(variables.input?.postId ?? variables.postId, started);
    } catch (error) {
      failure = error.message;
    }
    this.record(name, performance.now() - sentAt, failure);
  }

  /** Closed loop: `connections` loops, each sending its next operation when the answer is read. */
  async closed(connections, ms) {
    const stopAt = performance.now() + ms;
    await Promise.all(
      Array.from({ length: connections }, async (_, c) => {
        while (performance.now() < stopAt) await this.one(pick(), c % this.world.apis.length);
      }),
    );
  }

  /** Open loop: one operation every 1/rate s for `ms`, latency counted from when it was due. `onTick(s)` every second. */
  async paced(rate, ms, onTick = () => undefined) {
    const started = performance.now();
    const inFlight = new Set();
    let nextTick = 1000;
    for (let seq = 0; ; seq++) {
      const due = started + (seq * 1000) / rate;
      if (due - started >= ms) break;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      if (performance.now() - started >= nextTick) {
        onTick(Math.round(nextTick / 1000));
        nextTick += 1000;
      }
      const p = this.one(pick(), seq % this.world.apis.length, due).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size > 2000) await Promise.race(inFlight); // bounded: never more than 2,000 outstanding
    }
    await Promise.all(inFlight);
  }

  reset() {
    this.stats = new Map();
  }

  summary(seconds) {
    const rows = {};
    let requests = 0;
    let errors = 0;
    for (const [name] of MIX) {
      const s = this.stats.get(name);
      if (!s) continue;
      s.latencies.sort((a, b) => a - b);
      requests += s.latencies.length;
      errors += s.errors;
      rows[name] = {
        requests: s.latencies.length,
        rps: +(s.latencies.length / seconds).toFixed(1),
        p50: +percentile(s.latencies, 50).toFixed(2),
        p95: +percentile(s.latencies, 95).toFixed(2),
        p99: +percentile(s.latencies, 99).toFixed(2),
        errors: s.errors,
        firstError: s.firstError,
      };
    }
    return {
      seconds: +seconds.toFixed(1),
      requests,
      rps: +(requests / seconds).toFixed(1),
      errors,
      errorRate: requests ? +(errors / requests).toFixed(5) : 0,
      operations: rows,
    };
  }

  close() {
    for (const agent of this.agents) agent.destroy();
  }
}

export const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

function post(agent, url, body, token) {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` };
    const req = http.request(url, { method: 'POST', agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(15_000, () => req.destroy(new Error('request timed out after 15 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * graphql-ws subscribers, one socket per viewer (spread over the APIs), each
 * subscribed to homeFeedPostAdded and notificationReceived. Delivery latency
 * is from when the createPost (or the comment / reaction) was sent to when an
 * event naming that post arrives.
 */
export class Live {
  constructor() {
    this.clients = [];
    this.madeAt = new Map(); // post id → performance.now() of the last action on it
    this.feed = [];
    this.notifications = [];
    this.errors = 0;
    this.firstError = null;
    this.connected = 0;
  }

  made(postId, at) {
    this.madeAt.set(String(postId), at);
    if (this.madeAt.size > 200_000) this.madeAt.delete(this.madeAt.keys().next().value);
  }

  fail(error) {
    this.errors += 1;
    const text =
      error?.message ??
      (error?.code ? `close ${error.code} ${error.reason}` : Array.isArray(error) ? JSON.stringify(error).slice(0, 300) : String(error));
    this.firstError ??= text;
  }

  async open(viewers, apis, concurrency = 50) {
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < viewers.length) {
          const i = next++;
          await this.subscribe(viewers[i], apis[i % apis.length]);
        }
      }),
    );
  }

  subscribe(viewer, baseUrl) {
    return new Promise((resolve) => {
      const client = createClient({
        url: `${baseUrl.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${viewer.token}` },
        lazy: false,
        retryAttempts: 0,
        on: {
          connected: () => ((this.connected += 1), resolve()),
          error: (e) => (this.fail(e), resolve()),
          closed: (e) => (e?.code !== 1000 && this.fail({ message: `socket closed ${e?.code} ${e?.reason}` }), resolve()),
        },
      });
      this.clients.push(client);
      client.subscribe(
        { query: 'subscription { homeFeedPostAdded { id } }' },
        { next: ({ data }) => this.arrived(this.feed, data?.homeFeedPostAdded?.id), error: (e) => this.fail(e), complete: () => undefined },
      );
      client.subscribe(
        { query: 'subscription { notificationReceived { id post { id } } }' },
        {
          next: ({ data }) => this.arrived(this.notifications, data?.notificationReceived?.post?.id),
          error: (e) => this.fail(e),
          complete: () => undefined,
        },
      );
    });
  }

  arrived(list, postId) {
    const at = postId && this.madeAt.get(String(postId));
    if (at !== undefined && at !== null && list.length < 2_000_000) list.push(performance.now() - at);
  }

  reset() {
    this.feed = [];
    this.notifications = [];
  }

  summary() {
    const of = (list) => {
      const sorted = [...list].sort((a, b) => a - b);
      return {
        events: sorted.length,
        p50: +percentile(sorted, 50).toFixed(1),
        p95: +percentile(sorted, 95).toFixed(1),
        p99: +percentile(sorted, 99).toFixed(1),
      };
    };
    return {
      connected: this.connected,
      homeFeedPostAdded: of(this.feed),
      notificationReceived: of(this.notifications),
      errors: this.errors,
      firstError: this.firstError,
    };
  }

  async close() {
    await Promise.all(this.clients.map((c) => c.dispose()));
  }
}
