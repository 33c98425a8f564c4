import { isIP } from 'node:net';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  validateSync,
  ValidateIf,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : value === true || value === 'true' || value === '1'
      ? true
      : value === false || value === 'false' || value === '0'
        ? false
        : value;
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

/** The per-member write buckets WRITE_LIMITS may override. */
export const WRITE_LIMIT_NAMES = [
  'posts',
  'comments',
  'follows',
  'roomMessages',
  'reports',
  'edits',
  'threads',
  'communities',
  'reactions',
  'mentorshipRequests',
  'jobPostings',
  'roadmapSteps',
  'memberships',
  'sessions',
  'roadmapPublications',
] as const;
export type WriteLimitName = (typeof WRITE_LIMIT_NAMES)[number];

/** The sign-up and sign-in buckets AUTH_LIMITS may override; `register` and `login` set every bucket of theirs. */
export const AUTH_LIMIT_NAMES = ['registerPerIp', 'registerPerEmail', 'loginPerIp', 'loginPerEmail', 'loginPerEmailAllAddresses'] as const;
export type AuthLimitName = (typeof AUTH_LIMIT_NAMES)[number];
export const AUTH_LIMIT_SHORTHANDS = {
  register: ['registerPerIp', 'registerPerEmail'],
  login: ['loginPerIp', 'loginPerEmail', 'loginPerEmailAllAddresses'],
} as const;

/** `name=limit/windowSeconds` pairs separated by commas, names from `names`. */
const limitListPattern = (names: readonly string[]) => {
  const pair = `(${names.join('|')})=[1-9]\\d{0,5}/[1-9]\\d{0,5}`;
  return new RegExp(`^${pair}(,${pair})*$`);
};
const WRITE_LIMITS_PATTERN = limitListPattern(WRITE_LIMIT_NAMES);
const AUTH_LIMITS_PATTERN = limitListPattern([...AUTH_LIMIT_NAMES, ...Object.keys(AUTH_LIMIT_SHORTHANDS)]);

/** A validated WRITE_LIMITS or AUTH_LIMITS value as [name, rule] pairs, in the order given. */
export const limitList = (value: string | undefined): Array<[string, { limit: number; windowSeconds: number }]> =>
  (value ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [name, rule] = pair.split('=');
      const [limit, windowSeconds] = rule.split('/').map(Number);
      return [name, { limit, windowSeconds }];
    });

/**
 * One trusted proxy: an IPv4 or IPv6 address, optionally with a /prefix, or one of
 * proxy-addr's names for the private ranges (loopback, linklocal, uniquelocal).
 */
const isProxyEntry = (entry: string): boolean => {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
};

/** TRUSTED_PROXIES as a list of entries (empty when unset). */
export const proxyList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);

/** TRUSTED_PROXIES: well-formed entries, and only alongside TRUST_PROXY=true (alone it would read as in force). */
@ValidatorConstraint({ name: 'trustedProxies' })
class TrustedProxiesConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if ((args.object as Environment).TRUST_PROXY !== true) return false;
    return typeof value === 'string' && proxyList(value).length > 0 && value.split(',').every((entry) => isProxyEntry(entry.trim()));
  }

  defaultMessage(args: ValidationArguments): string {
    return (args.object as Environment).TRUST_PROXY !== true
      ? 'TRUSTED_PROXIES is read only with TRUST_PROXY=true; set TRUST_PROXY=true or unset TRUSTED_PROXIES'
      : 'TRUSTED_PROXIES must be comma-separated IP addresses or CIDRs (or loopback, linklocal, uniquelocal)';
  }
}

const REPLICA_URLS = /^postgres(ql)?:\/\/[^,\s]+(\s*,\s*postgres(ql)?:\/\/[^,\s]+)*$/;

/** DATABASE_REPLICA_URLS as a list (empty when unset). */
export const replicaUrlList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every variable the processes read. Documented in the README. */
export class Environment {
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string;

  /**
   * Read replicas, comma-separated postgres:// URLs (optional). When set, TypeORM
   * sends SELECTs built by repositories / query builders outside a transaction to
   * one of them at random; writes, transactions and raw `query()` go to DATABASE_URL.
   */
  @IsOptional()
  @Matches(REPLICA_URLS, { message: 'DATABASE_REPLICA_URLS must be comma-separated postgres:// URLs' })
  DATABASE_REPLICA_URLS?: string;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Namespaces every Redis key, queue and channel, so deployments and test runs never collide. */
  @Matches(/^[a-z0-9][a-z0-9:_-]{0,40}$/i, { message: 'REDIS_PREFIX must be 1-41 letters, digits, ":", "_" or "-"' })
  REDIS_PREFIX = 'kindling';

  @ValidateIf((env: Environment) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  @MaxLength(512)
  JWT_SECRET?: string;

  @Transform(toBool)
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO = true;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Read the client IP (rate limits, logs) from X-Forwarded-For, as far back as TRUSTED_PROXIES reach. Set behind a load balancer. */
  @Transform(toBool)
  @IsBoolean({ message: 'TRUST_PROXY must be true or false' })
  TRUST_PROXY = false;

  /**
   * The proxies in front of the API (comma-separated addresses, CIDRs, or loopback / linklocal /
   * uniquelocal), read only with TRUST_PROXY: the client IP is the right-most X-Forwarded-For hop that
   * is not one of them. A hop count is not offered: Fastify 5 refuses it, since it cannot tell a proxy
   * from a client that reached the API directly with a forged header.
   */
  @IsOptional()
  @Validate(TrustedProxiesConstraint)
  TRUSTED_PROXIES?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** Postgres connections per process (and per replica). Processes × this must stay under the server's max_connections. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 20;

  @IsOptional()
  @IsString()
  CORS_ORIGIN?: string;

  /** The browser session cookie's Secure flag; defaults to on in production, off for plain-http development. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean({ message: 'SESSION_COOKIE_SECURE must be true or false' })
  SESSION_COOKIE_SECURE?: boolean;

  /** The built web app the API serves at / (default apps/web/dist of this checkout). */
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  WEB_DIST_DIR?: string;

  /** Authors with more followers than this are not fanned out to followers; their posts are merged in at read time. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  FANOUT_FOLLOWER_THRESHOLD = 10_000;

  /** Members not seen for this many days get no fan-out; their timeline is rebuilt on their next read. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  FEED_INACTIVE_DAYS = 30;

  /** Posts kept per home timeline in Redis. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(10_000)
  FEED_TIMELINE_SIZE = 800;

  /**
   * Overrides of the per-member write limits (apps/api/src/graphql/rate-limits/write-limits.ts),
   * as `name=limit/windowSeconds` pairs separated by commas, e.g. `posts=3/60,comments=5/60`.
   */
  @IsOptional()
  @Matches(WRITE_LIMITS_PATTERN, {
    message: `WRITE_LIMITS must be comma-separated name=limit/windowSeconds pairs; names: ${WRITE_LIMIT_NAMES.join(', ')}`,
  })
  WRITE_LIMITS?: string;

  /**
   * Overrides of the sign-up and sign-in limits (libs/auth/src/auth.service.ts), same syntax as
   * WRITE_LIMITS, e.g. `register=100/3600,loginPerEmail=20/900`. `npm start` sets generous ones.
   */
  @IsOptional()
  @Matches(AUTH_LIMITS_PATTERN, {
    message: `AUTH_LIMITS must be comma-separated name=limit/windowSeconds pairs; names: ${[...Object.keys(AUTH_LIMIT_SHORTHANDS), ...AUTH_LIMIT_NAMES].join(', ')}`,
  })
  AUTH_LIMITS?: string;

  /**
   * Bearer token an operator sends to read /health/jobs (queue figures); without it that route
   * answers 404. Unset: /health/jobs answers 404 to everyone.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'HEALTH_TOKEN must be at least 32 characters' })
  @MaxLength(512)
  HEALTH_TOKEN?: string;
}

export class EnvironmentError extends Error {}

/** Parses and validates raw variables; throws one error naming every bad variable. */
export function parseEnvironment(raw: NodeJS.ProcessEnv): Environment {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ') || 'is invalid'}`);
    throw new EnvironmentError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return env;
}
