import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kindling/config';
import { Redis, RedisOptions } from 'ioredis';

/**
 * How long a command may wait, queued while reconnecting or sent, before it
 * fails. Request paths (sessions, rate limits, timelines, enqueue, publish)
 * then fail fast during a Redis outage instead of hanging until it ends.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 2_000;
/**
 * Once a connection has been down this long, its commands fail at once (no
 * offline queue) until it is ready again: an outage costs a request
 * milliseconds, not the command timeout per Redis call, while a reconnect
 * shorter than this still goes unnoticed.
 */
export const REDIS_FAIL_FAST_AFTER_MS = 500;

/**
 * Owns every Redis connection of the process so all of them close on shutdown
 * (an open one keeps Node, and jest, alive). `client` prefixes keys itself.
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  readonly prefix: string;
  readonly client: Redis;
  private readonly connections = new Set<Redis>();

  constructor(private readonly config: AppConfig) {
    this.prefix = config.redisPrefix;
    this.client = this.connect('client', { keyPrefix: `${this.prefix}:` });
  }

  /**
   * A raw connection (no key prefix) for queues and pub/sub, which namespace on
   * their own. Fails fast: a command waits at most REDIS_COMMAND_TIMEOUT_MS and
   * is retried over at most one reconnection, and none waits once the
   * connection has been down REDIS_FAIL_FAST_AFTER_MS; ioredis keeps
   * reconnecting in the background.
   */
  connect(name: string, options: RedisOptions = {}): Redis {
    const connection = this.open(name, options);
    failFastWhileDown(connection);
    return connection;
  }

  /**
   * For BullMQ workers only (never a request path): blocking commands with no
   * client-side timeout, kept across reconnections, as BullMQ requires.
   */
  connectBlocking(name: string): Redis {
    return this.open(name, { maxRetriesPerRequest: null, commandTimeout: undefined });
  }

  private open(name: string, options: RedisOptions): Redis {
    const connection = new Redis(this.config.redisUrl, {
      connectionName: `${this.prefix}:${name}`,
      maxRetriesPerRequest: 1,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
      enableReadyCheck: true,
      ...options,
    });
    connection.on('error', () => undefined); // ioredis reconnects by itself; health checks report the outage.
    this.connections.add(connection);
    connection.once('end', () => this.connections.delete(connection));
    return connection;
  }

  async ping(): Promise<boolean> {
    return (await this.client.ping()) === 'PONG';
  }

  async onApplicationShutdown(): Promise<void> {
    const open = [...this.connections].filter((c) => c.status !== 'end' && c.status !== 'close');
    await Promise.all(open.map((c) => c.quit().catch(() => c.disconnect())));
  }
}

/** Turns the offline queue off while the connection has been down REDIS_FAIL_FAST_AFTER_MS, and on again once it is ready. */
function failFastWhileDown(connection: Redis): void {
  let timer: NodeJS.Timeout | undefined;
  connection.on('close', () => {
    timer ??= setTimeout(() => (connection.options.enableOfflineQueue = false), REDIS_FAIL_FAST_AFTER_MS).unref();
  });
  connection.on('ready', () => {
    clearTimeout(timer);
    timer = undefined;
    connection.options.enableOfflineQueue = true;
  });
}
