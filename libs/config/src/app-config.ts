import { Environment, parseEnvironment } from './environment';

const DEV_JWT_SECRET = 'kindling-development-secret-not-for-production-use';

/** The typed configuration every process reads; built once from the validated environment. */
export class AppConfig {
  readonly env: Environment['NODE_ENV'];
  readonly isProduction: boolean;
  readonly isTest: boolean;
  readonly port: number;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly jwtSecret: string;
  readonly seedDemo: boolean;
  readonly logLevel: Environment['LOG_LEVEL'];
  readonly trustProxy: boolean;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
  readonly corsOrigin?: string;

  constructor(env: Environment) {
    this.env = env.NODE_ENV;
    this.isProduction = env.NODE_ENV === 'production';
    this.isTest = env.NODE_ENV === 'test';
    this.port = env.PORT;
    this.databaseUrl = env.DATABASE_URL;
    this.redisUrl = env.REDIS_URL;
    this.redisPrefix = env.REDIS_PREFIX;
    this.jwtSecret = env.JWT_SECRET ?? DEV_JWT_SECRET;
    this.seedDemo = env.SEED_DEMO;
    this.logLevel = env.LOG_LEVEL;
    this.trustProxy = env.TRUST_PROXY;
    this.accessTokenTtlSeconds = env.ACCESS_TOKEN_TTL_SECONDS;
    this.refreshTokenTtlDays = env.REFRESH_TOKEN_TTL_DAYS;
    this.corsOrigin = env.CORS_ORIGIN;
  }

  static fromEnv(raw: NodeJS.ProcessEnv = process.env): AppConfig {
    return new AppConfig(parseEnvironment(raw));
  }
}
