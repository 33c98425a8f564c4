import { Injectable } from '@nestjs/common';
import { Topics } from '@kindling/realtime';
import { RedisService } from '@kindling/redis';
import { FeedSettings } from './feed-settings';
import { DELIVER_LUA, FILL_LUA, READ_LUA, RETRACT_LUA } from './timeline-scripts';

export interface Recipient {
  userId: string;
  active: boolean;
}

export type DeliveryOutcome = 'delivered' | 'duplicate' | 'retracted';

export interface TimelineRead {
  /** Post ids newest first, or null when the timeline must be rebuilt from Postgres. */
  ids: string[] | null;
  /** Authors over the follower threshold (see `markCelebrity`). */
  celebrities: string[];
}

/**
 * Authors whose posts are not fanned out to followers, as fan-out last saw
 * them. If Redis loses it, nothing is missed: rebuilt timelines hold these
 * authors' older posts, and the fan-out of their next post adds them back.
 */
const CELEBRITIES = 'feed-celebrities';

type Script = (numKeys: number, ...keysAndArgs: Array<string | number>) => Promise<unknown>;

/** Home timelines in Redis (a cache: Postgres can rebuild every one of them). */
@Injectable()
export class TimelineStore {
  private readonly scripts: Record<'deliver' | 'retract' | 'read' | 'fill', Script>;

  constructor(
    private readonly redis: RedisService,
    private readonly settings: FeedSettings,
  ) {
    const client = redis.client as unknown as Record<string, Script>;
    const define = (name: string, lua: string): Script => {
      redis.client.defineCommand(name, { lua });
      return client[name].bind(redis.client);
    };
    this.scripts = {
      deliver: define('feedDeliver', DELIVER_LUA),
      retract: define('feedRetract', RETRACT_LUA),
      read: define('feedRead', READ_LUA),
      fill: define('feedFill', FILL_LUA),
    };
  }

  static key(userId: string): string {
    return `timeline:${userId}`;
  }

  /** Pushes a post into the recipients' timelines and publishes their live events; `batch` names the batch for redelivery. */
  async deliver(postId: string, batch: string, recipients: readonly Recipient[]): Promise<DeliveryOutcome> {
    const payload = JSON.stringify({ postId });
    const perRecipient = recipients.flatMap((r) => [this.channel(r.userId), r.active ? '1' : '0']);
    const keys = [`fanout-done:${postId}.${batch}`, this.tombstone(postId), ...recipients.map((r) => TimelineStore.key(r.userId))];
    const { timelineSize, markerTtlSeconds } = this.settings;
    const outcome = await this.scripts.deliver(keys.length, ...keys, postId, timelineSize, markerTtlSeconds, payload, ...perRecipient);
    return outcome === 1 ? 'delivered' : outcome === 0 ? 'duplicate' : 'retracted';
  }

  /** Takes a post out of these members' timelines and keeps any later fan-out of it from putting it back. */
  async retract(postId: string, userIds: readonly string[]): Promise<void> {
    const keys = [this.tombstone(postId), ...userIds.map((id) => TimelineStore.key(id))];
    await this.scripts.retract(keys.length, ...keys, postId, this.settings.markerTtlSeconds);
  }

  /** Up to `count` post ids below `before`, and the authors to merge in, in one round trip. */
  async read(userId: string, before: string | null, count: number): Promise<TimelineRead> {
    const max = before === null ? '+inf' : `(${before}`;
    const [built, ids, celebrities] = (await this.scripts.read(
      2,
      TimelineStore.key(userId),
      CELEBRITIES,
      max,
      count,
      this.settings.timelineTtlSeconds,
    )) as [number, string[], string[]];
    return { ids: built === 1 ? ids : null, celebrities };
  }

  /** Fan-out records, at each post, whether its author is over the follower threshold. */
  async markCelebrity(authorId: string, celebrity: boolean): Promise<void> {
    await (celebrity ? this.redis.client.sadd(CELEBRITIES, authorId) : this.redis.client.srem(CELEBRITIES, authorId));
  }

  /** Stores a rebuild (post ids from Postgres); false when it was not needed any more. */
  async fill(userId: string, postIds: readonly string[]): Promise<boolean> {
    const { timelineSize, timelineTtlSeconds } = this.settings;
    return (await this.scripts.fill(1, TimelineStore.key(userId), timelineSize, timelineTtlSeconds, ...postIds)) === 1;
  }

  /** The channel PubSubService uses for a topic (its `<prefix>:<channel>`), so the script publishes where subscribers listen. */
  private channel(userId: string): string {
    return `${this.redis.prefix}:${Topics.homeFeed(userId).channel}`;
  }

  private tombstone(postId: string): string {
    return `feed-retracted:${postId}`;
  }
}
