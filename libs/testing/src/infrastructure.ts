import { DataSource } from 'typeorm';
import { Redis } from 'ioredis';
// Relative imports only: jest runs the global setup outside its module mapper.
import { MIGRATIONS } from '../../database/src/migrations';
import { SnakeNamingStrategy } from '../../database/src/snake-naming.strategy';
import {
  createDatabase,
  dropDatabase,
  postgresAnswers,
  REDIS_MISSING_HELP,
  redisAnswers,
  embeddedPostgresDataDir,
  startEmbeddedPostgres,
  startRedisServer,
  withDatabase,
} from '../../devstack/src';
import { ABUSE_LIMIT_BUCKETS } from './abuse-limit-buckets';

export interface TestInfrastructure {
  /** Variables every test process reads (AppConfig.fromEnv). */
  env: Record<string, string>;
  teardown(): Promise<void>;
}

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';

/** The abuse-limit buckets opened wide for feature tests (abuse-limits.e2e-spec.ts tests them set low). */
const FEATURE_TEST_WRITE_LIMITS = ABUSE_LIMIT_BUCKETS.map((name) => `${name}=100000/60`).join(',');

export async function runMigrations(databaseUrl: string): Promise<void> {
  // Migrations need no entities; the app's DataSource options add them.
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    namingStrategy: new SnakeNamingStrategy(),
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
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

/**
 * Postgres: TEST_DATABASE_URL when set, else the local server, else embedded
 * Postgres. Redis: REDIS_URL when set, else the local server, else a
 * redis-server started for the run. Each run gets its own database and its
 * own Redis key prefix, so concurrent runs never collide.
 */
export async function provisionTestInfrastructure(runId: string, embeddedDir: string): Promise<TestInfrastructure> {
  const stops: Array<() => Promise<void>> = [];

  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    if (await postgresAnswers(LOCAL_POSTGRES)) adminUrl = LOCAL_POSTGRES;
    else {
      const embedded = await startEmbeddedPostgres(embeddedPostgresDataDir(embeddedDir), { persistent: true });
      stops.push(embedded.stop);
      adminUrl = embedded.url;
    }
  }

  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    if (await redisAnswers(LOCAL_REDIS)) redisUrl = LOCAL_REDIS;
    else {
      const started = await startRedisServer();
      if (!started) throw new Error(REDIS_MISSING_HELP);
      stops.push(started.stop);
      redisUrl = started.url;
    }
  }

  const database = `kindling_test_${runId}`;
  const prefix = `kindling-test-${runId}`;
  await createDatabase(adminUrl, database);
  const databaseUrl = withDatabase(adminUrl, database);
  await runMigrations(databaseUrl);

  return {
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      TRUST_PROXY: 'true',
      SEED_DEMO: 'false',
      // Feature tests make many of these writes per member; abuse-limits.e2e-spec.ts tests them set low.
      WRITE_LIMITS: FEATURE_TEST_WRITE_LIMITS,
      // Test files run two at a time and some boot several apps: keep them under Postgres's 100 connections.
      DATABASE_POOL_SIZE: '8',
    },
    async teardown() {
      await dropDatabase(adminUrl, database);
      await deleteKeys(redisUrl, prefix);
      for (const stop of stops.reverse()) await stop();
    },
  };
}
