import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kindling/config';
import { Redis, RedisOptions } from 'ioredis';

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

  /** A raw connection (no key prefix) for BullMQ and pub/sub, which namespace on their own. */
  connect(name: string, options: RedisOptions = {}): Redis {
    const connection = new Redis(this.config.redisUrl, {
      connectionName: `${this.prefix}:${name}`,
      maxRetriesPerRequest: null,
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
