import { join, resolve } from 'node:path';
import { AppConfig } from '@kindling/config';
import { deleteRedisKeys, portIsFree } from '@kindling/devstack';
import { Children } from './children';
import { failureLine, installFailureHandlers } from './failure';
import { Lifecycle } from './lifecycle';
import { migrate } from './migrate';
import { say } from './output';
import { providePostgres } from './postgres';
import { waitUntilReady } from './ready';
import { provideRedis } from './redis';
import { embeddedRedisPrefix } from './redis-state';
import { DEMO_LOGIN, DEMO_MEMBERS, DEMO_PASSWORD } from './seed/demo-members';
import { seedDemoData } from './seed/run-seed';
import { childEnvironment, readLocalSettings } from './settings';
import { ensureWebBuilt } from './web-build';

// `npm start`: everything a fresh clone needs, in one process tree. Runs compiled, from dist/apps/local/src.
const ROOT = resolve(__dirname, '../../../..');
const CHILDREN = [
  { name: 'api', entry: join(ROOT, 'dist/apps/api/src/main.js') },
  { name: 'worker', entry: join(ROOT, 'dist/apps/worker/src/main.js') },
];

async function run(lifecycle: Lifecycle): Promise<number> {
  const startedAt = Date.now();
  const settings = readLocalSettings(process.env);
  if (!(await portIsFree(settings.port))) {
    throw new Error(`Port ${settings.port} is in use: stop what listens there, or run with PORT=<another port>.`);
  }

  // Redis first: it is the cheaper one to find missing.
  const redis = await provideRedis(settings.redisUrl);
  if (redis.stop) lifecycle.onExit(redis.stop);
  say(`redis: ${redis.description}`);
  const postgres = await providePostgres(settings.databaseUrl, join(ROOT, '.data/postgres'));
  if (postgres.stop) lifecycle.onExit(postgres.stop);
  say(`postgres: ${postgres.description}`);

  const state = await migrate(postgres.url, DEMO_LOGIN.email);
  say(state.applied.length > 0 ? `migrations applied: ${state.applied.join(', ')}` : 'migrations: up to date');
  const redisPrefix = settings.redisPrefix ?? (postgres.dataDir && embeddedRedisPrefix(postgres.dataDir));
  if (postgres.dataDir && redisPrefix && state.members === 0) {
    // A fresh embedded database (first start, or .data/postgres deleted): what Redis holds under the prefix
    // belongs to the old one, and job ids derived from row ids would be taken for duplicates of old jobs.
    const deleted = await deleteRedisKeys(redis.url, redisPrefix);
    if (deleted > 0) say(`redis: fresh database, deleted ${deleted} keys left under "${redisPrefix}:"`);
  }
  const env = childEnvironment(process.env, { databaseUrl: postgres.url, redisUrl: redis.url, redisPrefix });
  const url = `http://localhost:${settings.port}/graphql`;
  let demo = state.demoMemberExists;
  if (state.members === 0 && settings.seedDemo) {
    await seedDemoData(AppConfig.fromEnv(env), say);
    demo = true;
    say(`demo data loaded: once ready, open ${url} and sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
  }
  if (lifecycle.stopping) return 0;
  ensureWebBuilt(ROOT, say);

  const children = new Children(CHILDREN, env);
  lifecycle.supervise(children);
  const childrenGone = new AbortController();
  void children.exited.then(() => childrenGone.abort());
  const ready = await waitUntilReady(`http://127.0.0.1:${settings.port}/health/ready`, childrenGone.signal);
  if (ready) say(banner(url, demo, Date.now() - startedAt));
  else if (!childrenGone.signal.aborted) {
    say('the API was not ready within 60 s; stopping');
    children.stop('SIGTERM');
  }
  const { unexpected } = await children.exited;
  return unexpected || (!ready && !lifecycle.stopping) ? 1 : 0;
}

function banner(url: string, demo: boolean, elapsedMs: number): string {
  return [
    `ready in ${(elapsedMs / 1000).toFixed(1)} s: API + worker running`,
    `  web app: ${url.replace(/graphql$/, '')}`,
    `  GraphQL API and explorer: ${url}`,
    ...(demo
      ? [
          `  demo logins, all with the password ${DEMO_PASSWORD} (login mutation, then header Authorization: Bearer <accessToken>):`,
          ...DEMO_MEMBERS.map((m) => `    ${m.email.padEnd(22)} ${m.displayName}`),
        ]
      : ['  no demo data (SEED_DEMO=false or an existing database): create an account with the register mutation']),
    '  Ctrl-C stops everything',
  ].join('\n');
}

const lifecycle = new Lifecycle();
const fail = (error: unknown) => lifecycle.exit(1, failureLine(error));
installFailureHandlers(fail);
run(lifecycle).then((code) => lifecycle.exit(code), fail);
