// A throwaway stack for one benchmark: database (migrated), Redis prefix and a
// production-mode API process. `withStack` always tears it down, even on failure.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import pg from 'pg';

export const ROOT = new URL('../..', import.meta.url).pathname;
// A private build (bench/tsconfig.build.json → bench/.build-next, moved to
// bench/.build on success): the shared dist/ is rebuilt and wiped by whoever
// runs `nest build`, and may lag the sources.
const OUT = 'bench/.build';
const NEXT = 'bench/.build-next';
const API_MAIN = `${OUT}/apps/api/src/main.js`;
const WORKER_MAIN = `${OUT}/apps/worker/src/main.js`;
const CLI_DATA_SOURCE = `${OUT}/libs/database/src/cli-data-source.js`;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const started = Date.now();
/** A progress line with the seconds since start. */
export const log = (message) => console.log(`· ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${message}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs `work` with a connected pg client; always closes it. */
export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A failure the runner reports by its message alone. */
export class BenchError extends Error {}

function run(command, args, env = {}, hint = '') {
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new BenchError(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}${hint}`);
}

/** Newest modification time of the sources the build reads. */
function sourcesMtime() {
  const files = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
  for (const dir of ['apps', 'libs']) {
    for (const f of readdirSync(`${ROOT}/${dir}`, { recursive: true, encoding: 'utf8' })) if (f.endsWith('.ts')) files.push(`${dir}/${f}`);
  }
  return Math.max(...files.map((f) => statSync(`${ROOT}/${f}`, { throwIfNoEntry: false })?.mtimeMs ?? 0));
}

/** BENCH_BUILD=always rebuilds, =never uses the last build as is; by default, rebuilds when a source is newer. */
function ensureBuilt() {
  const main = `${ROOT}/${API_MAIN}`;
  const mode = process.env.BENCH_BUILD ?? 'auto';
  if (existsSync(main) && (mode === 'never' || (mode === 'auto' && statSync(main).mtimeMs > sourcesMtime()))) return;
  log(`building (npx nest build -p bench/tsconfig.build.json)`);
  const last = existsSync(main) ? `\nThe last good build (${statSync(main).mtime.toISOString()}) runs with BENCH_BUILD=never.` : '';
  run('npx', ['nest', 'build', '-p', 'bench/tsconfig.build.json'], {}, last);
  rmSync(`${ROOT}/${OUT}`, { recursive: true, force: true });
  renameSync(`${ROOT}/${NEXT}`, `${ROOT}/${OUT}`);
}

async function deleteRedisKeys(prefix) {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

function startApi(env, main = API_MAIN) {
  const child = spawn(process.execPath, [main], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const orphanGuard = () => child.kill('SIGKILL'); // if this process dies without tearing down
  process.once('exit', orphanGuard);
  void exited.then(() => process.off('exit', orphanGuard));
  return { child, exited, output: () => output };
}

async function waitReady(api, baseUrl) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) throw new BenchError(`API exited with ${api.child.exitCode}:\n${api.output()}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new BenchError(`API not ready after 30 s:\n${api.output()}`);
}

/** The worker has no HTTP: it is ready once it says so. */
async function waitWorkerReady(worker) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (worker.child.exitCode !== null) throw new BenchError(`worker exited with ${worker.child.exitCode}:\n${worker.output()}`);
    if (worker.output().includes('Kindling worker running')) return;
    await sleep(100);
  }
  throw new BenchError(`worker not ready after 30 s:\n${worker.output()}`);
}

async function stopApi(api) {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.child.kill('SIGTERM');
  const killed = await Promise.race([api.exited.then(() => false), sleep(12_000, true, { ref: false })]);
  if (killed) api.child.kill('SIGKILL');
}

/**
 * Creates the database and prefix, starts the API (and, with `worker: true`, the
 * worker), runs `work({ baseUrl, databaseUrl, redisUrl, redisPrefix })` and tears
 * everything down whatever happens (also on Ctrl-C). `env` adds variables to both.
 */
export async function withStack(name, work, { worker = false, env: extraEnv = {} } = {}) {
  ensureBuilt();
  const id = `${name.replace(/\W/g, '_')}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const database = `kindling_bench_${id}`.toLowerCase();
  const prefix = `kindling-bench-${id}`;
  const databaseUrl = withDatabase(ADMIN_URL, database);
  const cleanups = [];
  const teardown = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((e) => console.error(`teardown: ${e.message}`));
  };
  const onSignal = (signal) => {
    log(`${signal}: tearing down`);
    void teardown().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    log(`database ${database}, Redis prefix ${prefix}`);
    await withClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE "${database}"`));
    cleanups.push(() => withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)));
    cleanups.push(() => deleteRedisKeys(prefix));
    run(process.execPath, ['node_modules/typeorm/cli.js', 'migration:run', '-d', CLI_DATA_SOURCE], { DATABASE_URL: databaseUrl });

    const port = await freePort();
    const env = {
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      REDIS_PREFIX: prefix,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      TRUST_PROXY: 'true',
      SEED_DEMO: 'false',
      // Per-member write limits would throttle the load generator, not measure the server.
      WRITE_LIMITS: [
        'posts',
        'comments',
        'follows',
        'roomMessages',
        'reports',
        'edits',
        'threads',
        'communities',
        'reactions',
        'mentorshipRequests',
        'jobPostings',
        'roadmapSteps',
        'memberships',
        'sessions',
        'roadmapPublications',
      ]
        .map((name) => `${name}=999999/60`)
        .join(','),
      ...extraEnv,
    };
    const api = startApi(env);
    cleanups.push(() => stopApi(api));
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitReady(api, baseUrl);
    log(`API ready on ${baseUrl} (NODE_ENV=production, pid ${api.child.pid})`);
    if (worker) {
      const workerProcess = startApi(env, WORKER_MAIN);
      cleanups.push(() => stopApi(workerProcess));
      await waitWorkerReady(workerProcess);
      log(`worker ready (pid ${workerProcess.child.pid})`);
    }
    return await work({ baseUrl, databaseUrl, redisUrl: REDIS_URL, redisPrefix: prefix });
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    await teardown();
    log('torn down (API stopped, database dropped, Redis keys deleted)');
  }
}
