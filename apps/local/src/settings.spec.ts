import { AppConfig } from '@kindling/config';
import { childEnvironment, DEVELOPMENT_AUTH_LIMITS, readLocalSettings } from './settings';

describe('readLocalSettings', () => {
  it('needs no variable at all: the launcher provides the stores', () => {
    expect(readLocalSettings({})).toEqual({
      port: 3000,
      seedDemo: true,
      databaseUrl: undefined,
      redisUrl: undefined,
      redisPrefix: undefined,
    });
  });

  it('passes the stores through when set, empty meaning unset', () => {
    const settings = readLocalSettings({ DATABASE_URL: 'postgres://h/db', REDIS_URL: '', PORT: '4000', SEED_DEMO: 'false' });
    expect(settings).toEqual({ port: 4000, seedDemo: false, databaseUrl: 'postgres://h/db', redisUrl: undefined, redisPrefix: undefined });
  });

  it('refuses a bad variable before anything starts, naming it', () => {
    expect(() => readLocalSettings({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readLocalSettings({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });
});

describe('childEnvironment', () => {
  it('defaults NODE_ENV to development and sets the stores found or started', () => {
    const env = childEnvironment({ LOG_LEVEL: 'warn' }, { databaseUrl: 'postgres://a/b', redisUrl: 'redis://c:1' });
    expect(env).toEqual({
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      AUTH_LIMITS: DEVELOPMENT_AUTH_LIMITS,
      DATABASE_URL: 'postgres://a/b',
      REDIS_URL: 'redis://c:1',
    });
  });

  it('opens the sign-up and sign-in limits wide in development only, never over the caller’s own AUTH_LIMITS', () => {
    const stores = { databaseUrl: 'postgres://a/b', redisUrl: 'redis://c:1' };
    const generous = AppConfig.fromEnv({ ...childEnvironment({}, stores) }).authLimitOverrides;
    expect(generous.registerPerIp!.limit).toBeGreaterThanOrEqual(1000);
    expect(generous.loginPerEmail!.limit).toBeGreaterThanOrEqual(1000);
    expect(childEnvironment({ AUTH_LIMITS: 'register=3/60' }, stores).AUTH_LIMITS).toBe('register=3/60');
    const production = childEnvironment({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32) }, stores);
    expect(production.AUTH_LIMITS).toBeUndefined();
    expect(childEnvironment({ NODE_ENV: 'test' }, stores).AUTH_LIMITS).toBeUndefined();
  });

  it('sets the Redis prefix only when the launcher chose one', () => {
    const stores = { databaseUrl: 'postgres://a/b', redisUrl: 'redis://c:1' };
    expect(childEnvironment({ REDIS_PREFIX: 'mine' }, stores).REDIS_PREFIX).toBe('mine');
    expect(childEnvironment({}, { ...stores, redisPrefix: 'kindling-1a2b3c4d' }).REDIS_PREFIX).toBe('kindling-1a2b3c4d');
  });
});
