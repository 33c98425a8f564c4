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

/** Sign-up and sign-in limits for trying the API locally: a developer registering test accounts is not locked out after ten. */
export const DEVELOPMENT_AUTH_LIMITS = 'register=1000/3600,login=1000/900';

/**
 * What the API and worker run with: the caller's variables plus the stores found or started here, and
 * in development generous AUTH_LIMITS unless the caller set their own (production keeps the defaults).
 */
export function childEnvironment(
  raw: NodeJS.ProcessEnv,
  stores: { databaseUrl: string; redisUrl: string; redisPrefix?: string },
): NodeJS.ProcessEnv {
  const withDefaults = withDevelopmentDefault(raw);
  const authLimits = withDefaults.NODE_ENV === 'development' && !raw.AUTH_LIMITS ? { AUTH_LIMITS: DEVELOPMENT_AUTH_LIMITS } : {};
  const env = { ...withDefaults, ...authLimits, DATABASE_URL: stores.databaseUrl, REDIS_URL: stores.redisUrl };
  return stores.redisPrefix ? { ...env, REDIS_PREFIX: stores.redisPrefix } : env;
}
