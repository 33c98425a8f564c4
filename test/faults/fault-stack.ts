import { ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { Redis } from 'ioredis';
import { createDatabase, freePort, redisAnswers, RunningPostgres, startEmbeddedPostgres, withDatabase } from '@kindling/devstack';
import { startSystemPostgres } from './system-postgres';
import { runMigrations } from '../../libs/testing/src/infrastructure';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unrefSleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Polls until `probe` returns a truthy value; fails after `timeoutMs` naming `what`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | false | undefined>,
  timeoutMs: number,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** A redis-server of the drill's own, with an append-only file so a restart keeps queues and timelines, as production Redis does. */
export class DrillRedis {
  private child?: ChildProcess;
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(tag: string): Promise<DrillRedis> {
    const dir = `/var/tmp/kindling-faults-redis-${process.pid}-${tag}`;
    mkdirSync(dir, { recursive: true });
    const redis = new DrillRedis(await freePort(), dir);
    await redis.up();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    const args = [
      '--port',
      String(this.port),
      '--bind',
      '127.0.0.1',
      '--dir',
      this.dir,
      '--save',
      '',
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
    ];
    this.child = spawn('redis-server', args, { stdio: 'ignore' });
    await waitFor('redis-server to answer', () => redisAnswers(this.url), 10_000, 50);
  }

  /** SIGTERM: redis-server flushes its append-only file and exits, as on a host restart. */
  async down(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, unrefSleep(10_000)]);
  }

  async destroy(): Promise<void> {
    await this.down();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Embedded Postgres of the drill's own (data under /var/tmp, kept across a restart on the same port). */
export class DrillPostgres {
  private running?: RunningPostgres;
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(tag: string): Promise<DrillPostgres> {
    const pg = new DrillPostgres(await freePort(), `/var/tmp/kindling-faults-pg-${process.pid}-${tag}`);
    rmSync(pg.dir, { recursive: true, force: true });
    await pg.up();
    return pg;
  }

  get adminUrl(): string {
    return this.running!.url;
  }

  async up(): Promise<void> {
    this.running =
      startSystemPostgres(this.dir, this.port) ?? (await startEmbeddedPostgres(this.dir, { persistent: true, port: this.port }));
  }

  async down(): Promise<void> {
    await this.running?.stop();
  }

  async destroy(): Promise<void> {
    await this.down().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface AppProcess {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const JWT_SECRET = 'fault-drills-secret-0123456789abcdef0123456789';
/** The operator token /health/jobs asks for. */
const HEALTH_TOKEN = 'fault-drills-health-token-0123456789abcdef';

/** A database, a Redis prefix and the built API and worker pointed at them. */
export class Stack {
  readonly prefix = `kindling-faults-${process.pid}-${randomUUID().slice(0, 6)}`;
  readonly processes: AppProcess[] = [];
  databaseUrl = '';
  apiPort = 0;
  sql!: Client;
  redis!: Redis;

  constructor(
    readonly pg: DrillPostgres,
    readonly rds: DrillRedis,
  ) {}

  static async create(tag: string): Promise<Stack> {
    const [pg, rds] = await Promise.all([DrillPostgres.start(tag), DrillRedis.start(tag)]);
    const stack = new Stack(pg, rds);
    await createDatabase(pg.adminUrl, 'kindling_faults');
    stack.databaseUrl = withDatabase(pg.adminUrl, 'kindling_faults');
    await runMigrations(stack.databaseUrl);
    stack.sql = new Client({ connectionString: stack.databaseUrl });
    stack.sql.on('error', () => undefined);
    await stack.sql.connect();
    stack.redis = new Redis(rds.url, { keyPrefix: `${stack.prefix}:`, maxRetriesPerRequest: 1 });
    stack.redis.on('error', () => undefined);
    stack.apiPort = await freePort();
    return stack;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.apiPort}`;
  }

  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: this.rds.url,
      REDIS_PREFIX: this.prefix,
      JWT_SECRET,
      HEALTH_TOKEN,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      TRUST_PROXY: 'true',
      WRITE_LIMITS: 'posts=999999/3600',
      FANOUT_FOLLOWER_THRESHOLD: '100000',
      PORT: String(this.apiPort),
      ...extra,
    };
  }

  spawn(app: 'api' | 'worker'): AppProcess {
    const dist = process.env.FAULTS_DIST;
    if (!dist) throw new Error('FAULTS_DIST is not set: run through `npm run test:faults`');
    const child = spawn(process.execPath, [join(dist, `apps/${app}/src/main.js`)], {
      cwd: dist,
      env: this.env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const proc = { child, output: () => output, exit };
    this.processes.push(proc);
    return proc;
  }

  async startApi(): Promise<AppProcess> {
    const api = this.spawn('api');
    await waitFor(
      'the API to answer /health/live',
      async () => {
        if (api.child.exitCode !== null) throw new Error(`the API exited with ${api.child.exitCode}:\n${api.output()}`);
        return (await fetch(`${this.apiUrl}/health/live`)).ok;
      },
      30_000,
    );
    return api;
  }

  async startWorker(): Promise<AppProcess> {
    const worker = this.spawn('worker');
    await waitFor(
      'the worker to start',
      async () => worker.output().includes('Kindling worker running') || worker.child.exitCode !== null,
      30_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}:\n${worker.output()}`);
    });
    if (worker.child.exitCode !== null) throw new Error(`the worker exited with ${worker.child.exitCode}:\n${worker.output()}`);
    return worker;
  }

  /** A token the API accepts for `userId` (HS256, as AccessTokenService signs). */
  token(userId: string): string {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sid: randomUUID(), sub: userId, iss: 'kindling', aud: 'kindling-api', iat: now, exp: now + 3600 })}`;
    return `${head}.${createHmac('sha256', JWT_SECRET).update(head).digest('base64url')}`;
  }

  /** `count` members, all seen just now (so fan-out treats them as active), returned in id order. */
  async members(count: number, tag: string): Promise<string[]> {
    const { rows } = await this.sql.query<{ id: string }>(
      `INSERT INTO user_account (handle, email, password_hash, display_name, last_seen_at)
       SELECT $2 || i, $2 || i || '@example.test', 'x', 'Member ' || i, now() FROM generate_series(1, $1::int) AS i
       RETURNING id::text`,
      [count, tag],
    );
    return rows.map((r) => r.id).sort((a, b) => Number(a) - Number(b));
  }

  async follow(followerIds: readonly string[], authorId: string): Promise<void> {
    await this.sql.query(`INSERT INTO follow (follower_id, followee_id) SELECT unnest($1::bigint[]), $2`, [followerIds, authorId]);
    await this.sql.query(`UPDATE user_account SET follower_count = follower_count + $2 WHERE id = $1`, [authorId, followerIds.length]);
    await this.sql.query(`UPDATE user_account SET following_count = following_count + 1 WHERE id = ANY($1::bigint[])`, [followerIds]);
  }

  async createThread(authorId: string): Promise<string> {
    const res = await this.gql<{ createThread: { id: string } }>(
      `mutation { createThread(input: { title: "Drill thread" }) { id } }`,
      {},
      authorId,
    );
    if (!res.body.data) throw new Error(`createThread failed: ${JSON.stringify(res.body)}`);
    return res.body.data.createThread.id;
  }

  /** Every post id of the author's followers' home feed, paging through it (bounded). */
  async homeFeedIds(userId: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: GqlResult<{ homeFeed: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }> =
        await this.gql(
          `query($after: String) { homeFeed(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
          { after },
          userId,
        );
      if (!res.body.data) throw new Error(`homeFeed failed: ${JSON.stringify(res.body)}`);
      ids.push(...res.body.data.homeFeed.nodes.map((n) => n.id));
      if (!res.body.data.homeFeed.pageInfo.hasNextPage) return ids;
      after = res.body.data.homeFeed.pageInfo.endCursor;
    }
    throw new Error('homeFeed did not end within 50 pages');
  }

  /** Committed jobs still waiting in the outbox (enqueued neither after their commit nor by the relay yet). */
  async outboxRows(): Promise<number> {
    return Number((await this.sql.query(`SELECT count(*) AS n FROM job_outbox`)).rows[0].n);
  }

  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    asUserId?: string,
    timeoutMs = 10_000,
  ): Promise<GqlResult<T>> {
    return request<T>(`${this.apiUrl}/graphql`, { query, variables }, asUserId ? this.token(asUserId) : undefined, timeoutMs);
  }

  async health(path: 'ready' | 'jobs', timeoutMs = 5_000): Promise<{ status: number; body: any; ms: number }> {
    const started = Date.now();
    const res = await fetch(`${this.apiUrl}/health/${path}`, {
      headers: { authorization: `Bearer ${HEALTH_TOKEN}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: res.status, body: await res.json(), ms: Date.now() - started };
  }

  async destroy(): Promise<void> {
    for (const p of this.processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(this.processes.map((p) => Promise.race([p.exit, unrefSleep(5_000)])));
    await this.sql?.end().catch(() => undefined);
    this.redis?.disconnect();
    await Promise.all([this.pg.destroy(), this.rds.destroy()]);
  }
}

export interface GqlResult<T> {
  status: number;
  ms: number;
  raw: string;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
}

export async function request<T>(url: string, payload: object, token: string | undefined, timeoutMs: number): Promise<GqlResult<T>> {
  const started = Date.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `198.51.100.${1 + Math.floor(Math.random() * 250)}`,
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const raw = await res.text();
  let body: GqlResult<T>['body'];
  try {
    body = JSON.parse(raw);
  } catch {
    body = { errors: [{ message: raw }] };
  }
  return { status: res.status, ms: Date.now() - started, raw, body };
}

/** No stack trace, SQL or driver internals in what a client sees. */
export function leaksInternals(raw: string): boolean {
  return /\n\s+at |QueryFailedError|ECONNREFUSED|ioredis|typeorm|node_modules|stacktrace|MaxRetriesPerRequest|Command timed out/i.test(raw);
}

export const CREATE_POST = `mutation($threadId: ID!, $body: String!) { createPost(input: { threadId: $threadId, body: $body }) { id } }`;
