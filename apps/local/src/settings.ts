import { parseEnvironment } from '@kindling/config';

export interface LocalSettings {
  port: number;
  seedDemo: boolean;
  /** Unset means: start embedded Postgres. */
  databaseUrl?: string;
  /** Unset means: the local Redis, else a redis-server started for this run. */
  redisUrl?: string;
  redisPrefix?: string;
}

const withDevelopmentDefault = (raw: NodeJS.ProcessEnv) => ({ ...raw, NODE_ENV: raw.NODE_ENV || 'development' });

/**
 * Validates the whole environment before anything starts, so a bad variable
 * stops the launcher as it would stop the API. DATABASE_URL is the one required
 * variable the launcher may provide itself, hence the stand-in.
 */
export function readLocalSettings(raw: NodeJS.ProcessEnv): LocalSettings {
  const env = parseEnvironment({ ...withDevelopmentDefault(raw), DATABASE_URL: raw.DATABASE_URL || 'postgres://provided-by-launcher' });
  return {
    port: env.PORT,
    seedDemo: env.SEED_DEMO,
    databaseUrl: raw.DATABASE_URL || undefined,
    redisUrl: raw.REDIS_URL || undefined,
    redisPrefix: raw.REDIS_PREFIX || undefined,
  };
}

/** What the API and worker run with: the caller's variables plus the stores found or started here. */
export function childEnvironment(
  raw: NodeJS.ProcessEnv,
  stores: { databaseUrl: string; redisUrl: string; redisPrefix?: string },
): NodeJS.ProcessEnv {
  const env = { ...withDevelopmentDefault(raw), DATABASE_URL: stores.databaseUrl, REDIS_URL: stores.redisUrl };
  return stores.redisPrefix ? { ...env, REDIS_PREFIX: stores.redisPrefix } : env;
}
