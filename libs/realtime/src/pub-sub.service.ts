import { Injectable } from '@nestjs/common';
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

  private channel(topic: Topic<unknown>): string {
    return `${this.redis.prefix}:${topic.channel}`;
  }
}
