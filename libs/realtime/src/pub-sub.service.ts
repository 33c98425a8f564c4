import { Injectable, Logger } from '@nestjs/common';
import { RedisService } from '@kindling/redis';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Topic } from './topics';

/**
 * One Redis pub/sub per process, so an event caused on one API instance
 * reaches subscribers connected to any other. Channels carry the deployment
 * prefix, so test runs and deployments sharing a Redis never hear each other.
 * Its two connections belong to RedisService, which closes them on shutdown.
 */
@Injectable()
export class PubSubService {
  private readonly logger = new Logger(PubSubService.name);
  private readonly pubsub: RedisPubSub;

  constructor(private readonly redis: RedisService) {
    this.pubsub = new RedisPubSub({
      publisher: redis.connect('pubsub-publisher'),
      subscriber: redis.connect('pubsub-subscriber'),
    });
  }

  publish<P>(topic: Topic<P>, payload: P): Promise<void> {
    return this.pubsub.publish(this.channel(topic), payload);
  }

  /** An async iterator of one or more topics' payloads, for GraphQL subscription resolvers. */
  iterate<P>(...topics: Topic<P>[]): AsyncIterableIterator<P> {
    return this.pubsub.asyncIterableIterator<P>(topics.map((t) => this.channel(t))) as AsyncIterableIterator<P>;
  }

  /**
   * Calls `onMessage` with each payload published on `topic` until the returned function is called: for
   * process-wide listeners. Subscribes once the subscriber connection is ready (a SUBSCRIBE sent during its
   * ready check is acknowledged, then lost); from then on ioredis re-subscribes after every reconnection.
   */
  listen<P>(topic: Topic<P>, onMessage: (payload: P) => void): () => void {
    const subscriber = this.pubsub.getSubscriber();
    let subscription: Promise<number | null> | undefined;
    const start = () => {
      subscription = this.pubsub.subscribe<P>(this.channel(topic), onMessage).catch((error: Error) => {
        this.logger.error({ err: error.message, channel: topic.channel }, 'process-wide listener not subscribed');
        return null;
      });
    };
    if (subscriber.status === 'ready') start();
    else subscriber.once('ready', start);
    return () => {
      subscriber.off('ready', start);
      void subscription?.then((id) => id !== null && this.pubsub.unsubscribe(id));
    };
  }

  private channel(topic: Topic<unknown>): string {
    return `${this.redis.prefix}:${topic.channel}`;
  }
}
