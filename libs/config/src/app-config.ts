import { Environment, parseEnvironment, replicaUrlList, WriteLimitName } from './environment';

export interface WriteLimitOverride {
  limit: number;
  windowSeconds: number;
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
  readonly trustProxy: boolean;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
  readonly databasePoolSize: number;
  readonly corsOrigin?: string;
  readonly fanoutFollowerThreshold: number;
  readonly feedInactiveDays: number;
  readonly feedTimelineSize: number;
  /** WRITE_LIMITS parsed: only the buckets it names. */
  readonly writeLimitOverrides: Partial<Record<WriteLimitName, WriteLimitOverride>>;

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
    this.trustProxy = env.TRUST_PROXY;
    this.accessTokenTtlSeconds = env.ACCESS_TOKEN_TTL_SECONDS;
    this.refreshTokenTtlDays = env.REFRESH_TOKEN_TTL_DAYS;
    this.databasePoolSize = env.DATABASE_POOL_SIZE;
    this.corsOrigin = env.CORS_ORIGIN;
    this.fanoutFollowerThreshold = env.FANOUT_FOLLOWER_THRESHOLD;
    this.feedInactiveDays = env.FEED_INACTIVE_DAYS;
    this.feedTimelineSize = env.FEED_TIMELINE_SIZE;
    this.writeLimitOverrides = Object.fromEntries(
      (env.WRITE_LIMITS ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => {
          const [name, rule] = pair.split('=');
          const [limit, windowSeconds] = rule.split('/').map(Number);
          return [name, { limit, windowSeconds }];
        }),
    );
  }

  static fromEnv(raw: NodeJS.ProcessEnv = process.env): AppConfig {
    return new AppConfig(parseEnvironment(raw));
  }
}
