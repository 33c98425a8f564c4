import {
  AUTH_LIMIT_SHORTHANDS,
  AuthLimitName,
  Environment,
  limitList,
  parseEnvironment,
  proxyList,
  replicaUrlList,
  WriteLimitName,
} from './environment';

export interface WriteLimitOverride {
  limit: number;
  windowSeconds: number;
}

/** Where load balancers live when TRUSTED_PROXIES is unset: loopback, link-local and private ranges (proxy-addr's names). */
export const DEFAULT_TRUSTED_PROXIES = ['loopback', 'linklocal', 'uniquelocal'];

/** AUTH_LIMITS per bucket: a shorthand (`login`) sets all of its buckets, a bucket named on its own wins over it. */
function authLimitOverrides(value: string | undefined): Partial<Record<AuthLimitName, WriteLimitOverride>> {
  const pairs = limitList(value);
  const expanded = pairs.flatMap(([name, rule]) =>
    name in AUTH_LIMIT_SHORTHANDS
      ? AUTH_LIMIT_SHORTHANDS[name as keyof typeof AUTH_LIMIT_SHORTHANDS].map((bucket) => [bucket, rule] as const)
      : [],
  );
  const explicit = pairs.filter(([name]) => !(name in AUTH_LIMIT_SHORTHANDS));
  return Object.fromEntries([...expanded, ...explicit]);
}

const DEV_JWT_SECRET = 'kindling-development-secret-not-for-production-use';

/** The typed configuration every process reads; built once from the validated environment. */
export class AppConfig {
  readonly env: Environment['NODE_ENV'];
  readonly isProduction: boolean;
  readonly isTest: boolean;
  readonly port: number;
  readonly databaseUrl: string;
  /** Read replicas (DATABASE_REPLICA_URLS); empty: every query goes to databaseUrl. */
  readonly databaseReplicaUrls: string[];
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly jwtSecret: string;
  readonly seedDemo: boolean;
  readonly logLevel: Environment['LOG_LEVEL'];
  /**
   * Fastify's trustProxy: false, or the proxies whose X-Forwarded-For entries are believed; the
   * client IP is the right-most hop not in the list.
   */
  readonly trustProxy: false | string[];
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
  readonly databasePoolSize: number;
  readonly corsOrigin?: string;
  /** Whether the browser session cookie is marked Secure (SESSION_COOKIE_SECURE, default: in production). */
  readonly sessionCookieSecure: boolean;
  /** WEB_DIST_DIR, when set: where the built web app is. */
  readonly webDistDir?: string;
  readonly fanoutFollowerThreshold: number;
  readonly feedInactiveDays: number;
  readonly feedTimelineSize: number;
  /** WRITE_LIMITS parsed: only the buckets it names. */
  readonly writeLimitOverrides: Partial<Record<WriteLimitName, WriteLimitOverride>>;
  /** AUTH_LIMITS parsed, shorthands expanded: only the buckets it names. */
  readonly authLimitOverrides: Partial<Record<AuthLimitName, WriteLimitOverride>>;
  /** Bearer token for /health/jobs; unset: the route answers 404 to everyone. */
  readonly healthToken?: string;

  constructor(env: Environment) {
    this.env = env.NODE_ENV;
    this.isProduction = env.NODE_ENV === 'production';
    this.isTest = env.NODE_ENV === 'test';
    this.port = env.PORT;
    this.databaseUrl = env.DATABASE_URL;
    this.databaseReplicaUrls = replicaUrlList(env.DATABASE_REPLICA_URLS);
    this.redisUrl = env.REDIS_URL;
    this.redisPrefix = env.REDIS_PREFIX;
    this.jwtSecret = env.JWT_SECRET ?? DEV_JWT_SECRET;
    this.seedDemo = env.SEED_DEMO;
    this.logLevel = env.LOG_LEVEL;
    this.trustProxy = env.TRUST_PROXY && (env.TRUSTED_PROXIES ? proxyList(env.TRUSTED_PROXIES) : DEFAULT_TRUSTED_PROXIES);
    this.accessTokenTtlSeconds = env.ACCESS_TOKEN_TTL_SECONDS;
    this.refreshTokenTtlDays = env.REFRESH_TOKEN_TTL_DAYS;
    this.databasePoolSize = env.DATABASE_POOL_SIZE;
    this.corsOrigin = env.CORS_ORIGIN;
    this.sessionCookieSecure = env.SESSION_COOKIE_SECURE ?? this.isProduction;
    this.webDistDir = env.WEB_DIST_DIR;
    this.fanoutFollowerThreshold = env.FANOUT_FOLLOWER_THRESHOLD;
    this.feedInactiveDays = env.FEED_INACTIVE_DAYS;
    this.feedTimelineSize = env.FEED_TIMELINE_SIZE;
    this.writeLimitOverrides = Object.fromEntries(limitList(env.WRITE_LIMITS));
    this.authLimitOverrides = authLimitOverrides(env.AUTH_LIMITS);
    this.healthToken = env.HEALTH_TOKEN;
  }

  static fromEnv(raw: NodeJS.ProcessEnv = process.env): AppConfig {
    return new AppConfig(parseEnvironment(raw));
  }
}
