import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PostEntity } from '@kindling/posts';
import { followerIdsSql, notMutedSql } from '@kindling/social-graph';
import { ThreadVisibility } from '@kindling/threads';
import { seenSinceSql } from '@kindling/users';
import { FanoutCursor } from './fanout-cursor';
import { FeedSettings } from './feed-settings';
import { subscriberIdsSql } from './feed.sql';
import { Recipient } from './timeline-store';

export interface RecipientBatch {
  /** Every recipient id of the batch, in order (the walk's position). */
  ids: string[];
  /** Those who may see the post and have not muted its author. */
  deliverable: Recipient[];
  /** The range held more than the batch. */
  more: boolean;
}

/**
 * Who a post reaches: the author's followers (unless over the follower
 * threshold) and the thread's subscribers, walked in member-id order. Each
 * step is one statement, so batches cost a round trip, not three.
 */
@Injectable()
export class FeedRecipients {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibility: ThreadVisibility,
    private readonly settings: FeedSettings,
  ) {}

  /**
   * Counts up to `limit` recipients after the cursor; returns the count and
   * every `every`-th id before the limit (the last one read only tells that
   * more follow).
   */
  async plan(post: PostEntity, at: FanoutCursor, limit: number, every: number): Promise<{ boundaries: string[]; total: number }> {
    // Parameters are numbered so the author's ($6) is sent only when the walk uses it: Postgres refuses an unused untyped one.
    const rows: Array<{ id: string; n: string; total: string }> = await this.dataSource.query(
      `SELECT id::text AS id, n, total FROM (
         SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM (${this.walk(at, '$6')}) AS r
       ) AS x WHERE (n % $1 = 0 AND n < $5) OR n = 1 ORDER BY n`,
      [every, post.threadId, at.afterUserId, at.upToUserId, limit, ...(at.subscribersOnly ? [] : [post.authorId])],
    );
    const boundaries = rows.filter((r) => Number(r.n) % every === 0 && Number(r.n) < limit).map((r) => r.id);
    return { boundaries, total: Number(rows[0]?.total ?? 0) };
  }

  /**
   * Up to `limit` recipients after the cursor (and up to its end), each with
   * whether they may see the post (the thread visibility rule: private
   * community → ACTIVE members; no block either way), have not muted its
   * author, and were seen recently.
   */
  async batch(post: PostEntity, at: FanoutCursor, limit: number): Promise<RecipientBatch> {
    const rows: Array<{ id: string; deliverable: boolean; active: boolean }> = await this.dataSource.query(
      `SELECT r.id::text AS id,
              (${this.visibility.sql('r.id', '$1::bigint', '$6::bigint')} AND ${notMutedSql('r.id', '$1::bigint')}) AS deliverable,
              ${seenSinceSql('r.id', '$7')} AS active
         FROM (${this.walk(at, '$1')}) AS r ORDER BY r.id`,
      [post.authorId, post.threadId, at.afterUserId, at.upToUserId, limit + 1, post.communityId, this.settings.activeSince()],
    );
    const taken = rows.slice(0, limit);
    return {
      ids: taken.map((r) => r.id),
      deliverable: taken.filter((r) => r.deliverable).map((r) => ({ userId: r.id, active: r.active })),
      more: rows.length > limit,
    };
  }

  /** The first $5 recipient ids in (after $3, up to $4]; $2 the thread, `author` the author's placeholder. */
  private walk(at: FanoutCursor, author: string): string {
    const range = `($3::bigint IS NULL OR src.id > $3) AND ($4::bigint IS NULL OR src.id <= $4)`;
    const page = (source: string) => `(SELECT src.id FROM (${source}) AS src(id) WHERE ${range} ORDER BY src.id LIMIT $5)`;
    const sources = [...(at.subscribersOnly ? [] : [page(followerIdsSql(`${author}::bigint`))]), page(subscriberIdsSql('$2::bigint'))];
    return `SELECT u.id FROM (${sources.join(' UNION ')}) AS u ORDER BY u.id LIMIT $5`;
  }
}
