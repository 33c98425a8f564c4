// A realistic mix against N API and M worker processes over a seeded population
// (10k members, long-tailed follows, 200 communities, 100k posts, mentorship rooms),
// with 2,000 graphql-ws subscribers; then, with --soak, half that load for a while.
//   npm run bench -- mixed --apis 2 --workers 2 --duration 60 --soak 180
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { Live, MIX, Workload, accessToken } from './lib/mixed-load.mjs';
import {
  Sampler,
  freePort,
  pidOfCommand,
  pidsWithPrefix,
  procStat,
  redisDelta,
  redisSnapshot,
  slope,
  startProcess,
} from './lib/mixed-procs.mjs';
import { POPULATION, seedPopulation } from './lib/mixed-seed.mjs';
import { BenchError, log } from './lib/stack.mjs';
import { markdown, writeResults } from './mixed-report.mjs';

export const description =
  'mixed load (feed/thread reads, posts, comments, reactions, room messages, notifications) + 2,000 subscribers on N APIs / M workers';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new BenchError(`--${name} must be a whole number`);
  return value;
}

const OPTIONS = {
  apis: option('apis', 1),
  workers: option('workers', 1),
  duration: option('duration', 60),
  warmup: option('warmup', 10),
  soak: option('soak', 0),
  connections: option('connections', 32),
  subscribers: option('subscribers', 2000),
};
const JWT_SECRET = randomBytes(32).toString('hex');
export const stack = { worker: OPTIONS.workers > 0, env: { JWT_SECRET } };
const QUEUES = ['feed', 'notifications', 'maintenance'];

async function queueDepth(queues) {
  const depth = {};
  for (const q of queues) {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'failed');
    depth[q.name] = c;
  }
  return depth;
}
// Delayed jobs are retries in backoff and the repeatable maintenance jobs: not counted as work left to drain.
const pending = (depth) => Object.values(depth).reduce((s, c) => s + c.waiting + c.active, 0);

/** Failed jobs per queue and a few distinct reasons (a failure is a bug to report, not load). */
async function failures(queues) {
  const out = { counts: {}, reasons: [] };
  for (const q of queues) {
    out.counts[q.name] = await q.getFailedCount();
    for (const job of await q.getFailed(0, 20)) {
      const reason = `${q.name}/${job.name}: ${String(job.failedReason).slice(0, 300)}`;
      if (!out.reasons.includes(reason) && out.reasons.length < 5) out.reasons.push(reason);
    }
  }
  return out;
}
const maxInto = (max, depth) => {
  for (const [name, c] of Object.entries(depth)) max[name] = Math.max(max[name] ?? 0, c.waiting + c.active + c.delayed);
};

/** Sizes for the scaling arithmetic: the biggest tables, and Redis timelines (count and sampled MEMORY USAGE). */
async function storage(db, redis, prefix) {
  const { rows } = await db.query(
    `SELECT relname AS table, n_live_tup::int AS rows, pg_total_relation_size(relid)::bigint AS bytes
       FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 8`,
  );
  const keys = [];
  let cursor = '0';
  for (let i = 0; i < 2000; i++) {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:timeline:*`, 'COUNT', 1000);
    keys.push(...batch);
    cursor = next;
    if (cursor === '0') break;
  }
  const sample = keys.slice(0, 300);
  let bytes = 0;
  let entries = 0;
  for (const key of sample) {
    bytes += Number((await redis.call('MEMORY', 'USAGE', key)) ?? 0);
    entries += await redis.zcard(key);
  }
  return {
    tables: rows.map((r) => ({ table: r.table, rows: r.rows, mb: +(Number(r.bytes) / 2 ** 20).toFixed(1) })),
    timelines: {
      keys: keys.length,
      sampled: sample.length,
      meanEntries: +(entries / (sample.length || 1)).toFixed(1),
      meanBytes: Math.round(bytes / (sample.length || 1)),
    },
  };
}

export async function run({ baseUrl, databaseUrl, redisUrl, redisPrefix }) {
  if (OPTIONS.apis < 1) throw new BenchError('--apis must be at least 1');
  const loadBefore = loadavg()[0].toFixed(2);
  const startedAt = new Date().toISOString();
  const viewers = Math.max(OPTIONS.subscribers, 2);
  log(`seeding: ${JSON.stringify(POPULATION)}; viewers (and subscribers) m_00001..${viewers}`);
  const seeded = await seedPopulation(databaseUrl, viewers);
  log(`seeded: ${JSON.stringify(seeded.stats)}`);

  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    JWT_SECRET,
    LOG_LEVEL: 'warn',
    TRUST_PROXY: 'true',
    SEED_DEMO: 'false',
  };
  const processes = { 'api-1': pidsWithPrefix(redisPrefix, 'apps/api/src/main.js')[0] };
  if (OPTIONS.workers > 0) processes['worker-1'] = pidsWithPrefix(redisPrefix, 'apps/worker/src/main.js')[0];
  const apis = [baseUrl];
  const extra = [];
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queues = QUEUES.map((name) => new Queue(name, { connection: redis, prefix: `${redisPrefix}:bull` }));
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const live = new Live();
  let workload = null;
  let sampler = null;
  try {
    for (let i = 2; i <= OPTIONS.apis; i++) {
      const port = await freePort();
      const p = await startProcess('api', { ...env, PORT: String(port) });
      extra.push(p);
      processes[`api-${i}`] = p.pid;
      apis.push(`http://127.0.0.1:${port}`);
    }
    for (let i = 2; i <= OPTIONS.workers; i++) {
      const p = await startProcess('worker', { ...env, PORT: '0' });
      extra.push(p);
      processes[`worker-${i}`] = p.pid;
    }
    const redisPid = pidOfCommand('redis-server');
    if (redisPid) processes['redis-server (shared)'] = redisPid;
    log(`processes: ${JSON.stringify(processes)}; APIs ${apis.join(' ')}`);

    const roomOf = new Map();
    for (const r of seeded.rooms) roomOf.set(r.a, r.id).set(r.b, r.id);
    const world = {
      apis,
      threadIds: seeded.threadIds,
      postIds: seeded.viewerPostIds.slice(),
      viewers: seeded.viewerIds.map((id) => ({
        id,
        token: accessToken(JWT_SECRET, id),
        thread: seeded.threadOf.get(id),
        room: roomOf.get(id),
      })),
    };
    const probe = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${world.viewers[0].token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    }).then((r) => r.json());
    if (probe.data?.me?.id !== world.viewers[0].id) {
      throw new BenchError(`the API refuses the bench's access tokens (claims out of step with libs/auth?): ${JSON.stringify(probe)}`);
    }
    log(`opening ${OPTIONS.subscribers} graphql-ws subscribers (2 subscriptions each)`);
    await live.open(world.viewers.slice(0, OPTIONS.subscribers), apis);
    log(`subscribers connected: ${live.connected}, errors ${live.errors}`);

    const rss = { start: {}, afterCapacity: {}, end: null };
    for (const [name, pid] of Object.entries(processes)) rss.start[name] = procStat(pid)?.rssMb;
    rss.start['bench client'] = process.memoryUsage().rss / 2 ** 20;

    sampler = new Sampler(admin, new URL(databaseUrl).pathname.slice(1), processes);
    sampler.start();
    workload = new Workload(world, live);
    log(`warm-up ${OPTIONS.warmup} s (${OPTIONS.connections} connections, mix ${MIX.map(([n, w]) => `${n} ${w}%`).join(', ')})`);
    await workload.closed(OPTIONS.connections, OPTIONS.warmup * 1000);
    workload.reset();
    live.reset();
    sampler.resetWaits();

    log(`measuring capacity for ${OPTIONS.duration} s`);
    await sampler.sample();
    const a = sampler.samples.at(-1);
    const redisA = await redisSnapshot(redis);
    const clientA = process.cpuUsage();
    const maxQueue = {};
    const queueTimer = setInterval(
      () =>
        queueDepth(queues).then(
          (d) => maxInto(maxQueue, d),
          () => undefined,
        ),
      2000,
    );
    const t0 = performance.now();
    await workload.closed(OPTIONS.connections, OPTIONS.duration * 1000);
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(queueTimer);
    await sampler.sample();
    const b = sampler.samples.at(-1);
    const redisB = await redisSnapshot(redis);
    const clientCpu = process.cpuUsage(clientA);
    const drainStart = performance.now();
    while (pending(await queueDepth(queues)) > 0 && performance.now() - drainStart < 60_000) await sleep(250);
    await sleep(1000); // late events
    const capacity = {
      load: workload.summary(seconds),
      live: live.summary(),
      drainSeconds: +((performance.now() - drainStart) / 1000).toFixed(1),
      maxQueue,
      cpu: {
        ...Sampler.cpu(a, b),
        'bench client (load + subscribers)': {
          cpuSeconds: +((clientCpu.user + clientCpu.system) / 1e6).toFixed(2),
          cores: +((clientCpu.user + clientCpu.system) / 1e6 / seconds).toFixed(3),
        },
      },
      postgres: sampler.waitProfile(),
      redis: redisDelta(redisA, redisB, seconds),
      failedJobs: await failures(queues),
      storage: await storage(admin, redis, redisPrefix),
    };
    for (const [name, pid] of Object.entries(processes)) rss.afterCapacity[name] = procStat(pid)?.rssMb;
    const dead = Object.entries(processes).filter(([, pid]) => procStat(pid) === null);
    if (dead.length > 0) throw new BenchError(`process(es) exited during the load: ${dead.map(([n]) => n).join(', ')}`);
    rss.afterCapacity['bench client'] = process.memoryUsage().rss / 2 ** 20;
    log(`capacity: ${capacity.load.rps} ops/s, errors ${capacity.load.errors}; ${JSON.stringify(capacity.cpu)}`);

    let soak = null;
    if (OPTIONS.soak > 0) {
      const rate = Math.max(1, Math.round(capacity.load.rps / 2));
      workload.reset();
      live.reset();
      sampler.resetWaits();
      log(`soak: ${rate} ops/s (half of ${capacity.load.rps}) for ${OPTIONS.soak} s, open loop`);
      await sampler.sample();
      const sa = sampler.samples.at(-1);
      const points = {};
      const soakMax = {};
      let lastQueue = null;
      const s0 = performance.now();
      await workload.paced(rate, OPTIONS.soak * 1000, (second) => {
        if (second % 5 !== 0) return;
        const minute = (performance.now() - s0) / 60_000;
        for (const [name, pid] of Object.entries(processes)) (points[name] ??= []).push([minute, procStat(pid)?.rssMb ?? NaN]);
        queueDepth(queues).then(
          (d) => ((lastQueue = d), maxInto(soakMax, d)),
          () => undefined,
        );
        if (second % 30 === 0)
          log(
            `  soak ${second} s: ${JSON.stringify(Object.fromEntries(Object.entries(points).map(([n, p]) => [n, +p.at(-1)[1].toFixed(0)])))} MB`,
          );
      });
      const soakSeconds = (performance.now() - s0) / 1000;
      await sampler.sample();
      const sb = sampler.samples.at(-1);
      const drain = performance.now();
      while (pending(await queueDepth(queues)) > 0 && performance.now() - drain < 60_000) await sleep(250);
      await sleep(1000);
      // The slope over the second half of the soak, after caches and pools have filled.
      const fit = (p) => +slope(p.filter(([m]) => m >= soakSeconds / 120)).toFixed(3);
      soak = {
        rate,
        seconds: +soakSeconds.toFixed(1),
        load: workload.summary(soakSeconds),
        live: live.summary(),
        maxQueue: soakMax,
        lastQueue,
        rssSlopeMbPerMin: Object.fromEntries(Object.entries(points).map(([n, p]) => [n, fit(p)])),
        rssSlopeWholeSoakMbPerMin: Object.fromEntries(Object.entries(points).map(([n, p]) => [n, +slope(p).toFixed(3)])),
        rssSamples: points,
        cpu: Sampler.cpu(sa, sb),
        postgres: sampler.waitProfile(),
        failedJobs: await failures(queues),
      };
      rss.end = {};
      for (const [name, pid] of Object.entries(processes)) rss.end[name] = procStat(pid)?.rssMb;
      rss.end['bench client'] = process.memoryUsage().rss / 2 ** 20;
      log(`soak: ${soak.load.rps} ops/s, errors ${soak.load.errors}, slopes ${JSON.stringify(soak.rssSlopeMbPerMin)} MB/min`);
    }

    const result = {
      startedAt,
      node: process.version,
      cores: cpus().length,
      loadBefore,
      loadAfter: loadavg()[0].toFixed(2),
      options: OPTIONS,
      population: { ...POPULATION, ...seeded.stats },
      processes,
      capacity,
      soak,
      rss,
    };
    const path = writeResults(result);
    console.log(`\n${markdown(result)}\nwritten to ${path}.json and .md`);
    const errors = capacity.load.errors + (soak?.load.errors ?? 0) + live.errors;
    return errors === 0 ? 0 : 1;
  } finally {
    sampler?.stop();
    workload?.close();
    await live.close().catch(() => undefined);
    for (const p of extra.reverse()) await p.stop();
    for (const q of queues) await q.close().catch(() => undefined);
    redis.disconnect();
    await admin.end();
  }
}
