import { AppConfig } from './app-config';
import { EnvironmentError, parseEnvironment } from './environment';

const DATABASE_URL = 'postgres://kindling@127.0.0.1:5432/kindling';
const SECRET = 's'.repeat(32);

/** The variables named in an EnvironmentError, one per `  NAME: …` line. */
function badVariables(raw: NodeJS.ProcessEnv): string[] {
  try {
    parseEnvironment(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvironmentError);
    const message = (error as Error).message;
    expect(message.startsWith('Invalid environment:')).toBe(true);
    return [...message.matchAll(/^ {2}([A-Z_]+): .+$/gm)].map((m) => m[1]).sort();
  }
  throw new Error('parseEnvironment accepted a bad environment');
}

describe('parseEnvironment', () => {
  it('fills every default when only DATABASE_URL is set', () => {
    const env = parseEnvironment({ DATABASE_URL });
    expect(env).toEqual({
      NODE_ENV: 'development',
      PORT: 3000,
      DATABASE_URL,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: 'kindling',
      SEED_DEMO: true,
      LOG_LEVEL: 'info',
      TRUST_PROXY: false,
      ACCESS_TOKEN_TTL_SECONDS: 900,
      REFRESH_TOKEN_TTL_DAYS: 30,
      DATABASE_POOL_SIZE: 20,
      FANOUT_FOLLOWER_THRESHOLD: 10_000,
      FEED_INACTIVE_DAYS: 30,
      FEED_TIMELINE_SIZE: 800,
    });
  });

  it('treats empty strings as unset', () => {
    const env = parseEnvironment({ DATABASE_URL, PORT: '', LOG_LEVEL: '', JWT_SECRET: '' });
    expect(env).toMatchObject({ PORT: 3000, LOG_LEVEL: 'info' });
    expect(env.JWT_SECRET).toBeUndefined();
  });

  it('converts numbers and booleans from their string form', () => {
    const env = parseEnvironment({
      PORT: '8080',
      SEED_DEMO: 'false',
      TRUST_PROXY: '1',
      ACCESS_TOKEN_TTL_SECONDS: '60',
      REFRESH_TOKEN_TTL_DAYS: '365',
      REDIS_URL: 'rediss://cache.internal:6380',
      DATABASE_URL: 'postgresql://u:p@db/kindling',
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
      LOG_LEVEL: 'silent',
    });
    expect(env).toMatchObject({
      PORT: 8080,
      SEED_DEMO: false,
      TRUST_PROXY: true,
      ACCESS_TOKEN_TTL_SECONDS: 60,
      REFRESH_TOKEN_TTL_DAYS: 365,
      REDIS_URL: 'rediss://cache.internal:6380',
      DATABASE_URL: 'postgresql://u:p@db/kindling',
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
      LOG_LEVEL: 'silent',
    });
  });

  it('ignores variables it does not know (the process environment is full of them)', () => {
    expect(parseEnvironment({ DATABASE_URL, HOME: '/root', PATH: '/usr/bin' }).PORT).toBe(3000);
  });

  it.each<[string, NodeJS.ProcessEnv]>([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '-1' }],
    ['PORT', { PORT: '80.5' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://' }],
    ['DATABASE_REPLICA_URLS', { DATABASE_REPLICA_URLS: 'mysql://replica/kindling' }],
    ['DATABASE_REPLICA_URLS', { DATABASE_REPLICA_URLS: 'postgres://a/k,,postgres://b/k' }],
    ['REDIS_URL', { REDIS_URL: 'http://x' }],
    ['REDIS_PREFIX', { REDIS_PREFIX: 'has spaces' }],
    ['JWT_SECRET', { JWT_SECRET: 'too-short' }],
    ['JWT_SECRET', { JWT_SECRET: 's'.repeat(31) }],
    ['NODE_ENV', { NODE_ENV: 'prod' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['SEED_DEMO', { SEED_DEMO: 'maybe' }],
    ['SEED_DEMO', { SEED_DEMO: 'yes' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'sometimes' }],
    ['ACCESS_TOKEN_TTL_SECONDS', { ACCESS_TOKEN_TTL_SECONDS: '59' }],
    ['REFRESH_TOKEN_TTL_DAYS', { REFRESH_TOKEN_TTL_DAYS: '0' }],
    ['FANOUT_FOLLOWER_THRESHOLD', { FANOUT_FOLLOWER_THRESHOLD: '0' }],
    ['FANOUT_FOLLOWER_THRESHOLD', { FANOUT_FOLLOWER_THRESHOLD: 'many' }],
    ['FEED_INACTIVE_DAYS', { FEED_INACTIVE_DAYS: '0' }],
    ['FEED_TIMELINE_SIZE', { FEED_TIMELINE_SIZE: '4' }],
    ['WRITE_LIMITS', { WRITE_LIMITS: 'posts=3/60,unknown=1/60' }],
    ['WRITE_LIMITS', { WRITE_LIMITS: 'reactions=0/60' }],
    ['AUTH_LIMITS', { AUTH_LIMITS: 'signup=3/60' }],
    ['AUTH_LIMITS', { AUTH_LIMITS: 'login=3' }],
    ['AUTH_LIMITS', { AUTH_LIMITS: 'login=3/60,' }],
    ['HEALTH_TOKEN', { HEALTH_TOKEN: 'short' }],
    ['TRUSTED_PROXIES', { TRUSTED_PROXIES: '10.0.0.1' }], // without TRUST_PROXY=true it would only look in force
    ['TRUSTED_PROXIES', { TRUST_PROXY: 'true', TRUSTED_PROXIES: '10.0.0.300' }],
    ['TRUSTED_PROXIES', { TRUST_PROXY: 'true', TRUSTED_PROXIES: '10.0.0.0/33' }],
    ['TRUSTED_PROXIES', { TRUST_PROXY: 'true', TRUSTED_PROXIES: 'fd00::/129' }],
    ['TRUSTED_PROXIES', { TRUST_PROXY: 'true', TRUSTED_PROXIES: 'lb.internal' }],
    ['TRUSTED_PROXIES', { TRUST_PROXY: 'true', TRUSTED_PROXIES: '1' }], // a hop count is not offered
    ['TRUSTED_PROXIES', { TRUST_PROXY: 'true', TRUSTED_PROXIES: '10.0.0.1,,10.0.0.2' }],
  ])('names %s when it is %j (and only it)', (variable, bad) => {
    expect(badVariables({ DATABASE_URL, ...bad })).toEqual([variable]);
  });

  it('reads DATABASE_REPLICA_URLS as a comma-separated list', () => {
    const config = AppConfig.fromEnv({ DATABASE_URL, DATABASE_REPLICA_URLS: 'postgres://r1/kindling, postgresql://r2:5433/kindling' });
    expect(config.databaseReplicaUrls).toEqual(['postgres://r1/kindling', 'postgresql://r2:5433/kindling']);
    expect(AppConfig.fromEnv({ DATABASE_URL }).databaseReplicaUrls).toEqual([]);
  });

  describe('TRUST_PROXY and TRUSTED_PROXIES', () => {
    it('trust nothing by default', () => {
      expect(AppConfig.fromEnv({ DATABASE_URL }).trustProxy).toBe(false);
    });

    it('with TRUST_PROXY alone trust the loopback, link-local and private ranges, where load balancers live', () => {
      expect(AppConfig.fromEnv({ DATABASE_URL, TRUST_PROXY: 'true' }).trustProxy).toEqual(['loopback', 'linklocal', 'uniquelocal']);
    });

    it('read TRUSTED_PROXIES as a list of addresses, CIDRs and range names', () => {
      const config = AppConfig.fromEnv({
        DATABASE_URL,
        TRUST_PROXY: 'true',
        TRUSTED_PROXIES: ' 10.0.0.7, 192.168.0.0/16,fd00::/8,::1, loopback',
      });
      expect(config.trustProxy).toEqual(['10.0.0.7', '192.168.0.0/16', 'fd00::/8', '::1', 'loopback']);
    });
  });

  describe('AUTH_LIMITS', () => {
    it('sets the buckets it names, a shorthand sets every bucket of its kind, a bucket named alone wins', () => {
      const config = AppConfig.fromEnv({ DATABASE_URL, AUTH_LIMITS: 'loginPerEmail=7/60,login=100/900,registerPerIp=3/3600' });
      expect(config.authLimitOverrides).toEqual({
        loginPerIp: { limit: 100, windowSeconds: 900 },
        loginPerEmail: { limit: 7, windowSeconds: 60 },
        loginPerEmailAllAddresses: { limit: 100, windowSeconds: 900 },
        registerPerIp: { limit: 3, windowSeconds: 3600 },
      });
      expect(AppConfig.fromEnv({ DATABASE_URL, AUTH_LIMITS: 'register=50/60' }).authLimitOverrides).toEqual({
        registerPerIp: { limit: 50, windowSeconds: 60 },
        registerPerEmail: { limit: 50, windowSeconds: 60 },
      });
      expect(AppConfig.fromEnv({ DATABASE_URL }).authLimitOverrides).toEqual({});
    });
  });

  it('reads WRITE_LIMITS for the newer buckets too', () => {
    expect(AppConfig.fromEnv({ DATABASE_URL, WRITE_LIMITS: 'reactions=5/60,jobPostings=2/86400' }).writeLimitOverrides).toEqual({
      reactions: { limit: 5, windowSeconds: 60 },
      jobPostings: { limit: 2, windowSeconds: 86400 },
    });
  });

  it('keeps HEALTH_TOKEN when given, and leaves it unset otherwise', () => {
    const token = 'h'.repeat(32);
    expect(AppConfig.fromEnv({ DATABASE_URL, HEALTH_TOKEN: token }).healthToken).toBe(token);
    expect(AppConfig.fromEnv({ DATABASE_URL }).healthToken).toBeUndefined();
  });

  it('names DATABASE_URL when it is missing', () => {
    expect(badVariables({})).toEqual(['DATABASE_URL']);
  });

  it('names every bad variable at once', () => {
    expect(badVariables({ DATABASE_URL, PORT: 'abc', LOG_LEVEL: 'loud', SEED_DEMO: 'maybe' })).toEqual(['LOG_LEVEL', 'PORT', 'SEED_DEMO']);
  });

  describe('JWT_SECRET', () => {
    it('is required when NODE_ENV=production', () => {
      expect(badVariables({ DATABASE_URL, NODE_ENV: 'production' })).toEqual(['JWT_SECRET']);
      expect(badVariables({ DATABASE_URL, NODE_ENV: 'production', JWT_SECRET: '' })).toEqual(['JWT_SECRET']);
    });

    it('must be long enough in production too', () => {
      expect(badVariables({ DATABASE_URL, NODE_ENV: 'production', JWT_SECRET: 'short' })).toEqual(['JWT_SECRET']);
    });

    it('is optional outside production, where a development secret is used', () => {
      for (const NODE_ENV of ['development', 'test']) {
        const env = parseEnvironment({ DATABASE_URL, NODE_ENV });
        expect(env.JWT_SECRET).toBeUndefined();
        expect(new AppConfig(env).jwtSecret.length).toBeGreaterThanOrEqual(32);
      }
    });

    it('is used when given', () => {
      expect(AppConfig.fromEnv({ DATABASE_URL, NODE_ENV: 'production', JWT_SECRET: SECRET }).jwtSecret).toBe(SECRET);
    });
  });

  it('AppConfig.fromEnv refuses a bad environment with the variable name', () => {
    expect(() => AppConfig.fromEnv({ DATABASE_URL, PORT: 'abc' })).toThrow(/PORT/);
  });
});
