import { Injectable } from '@nestjs/common';
import { PostEntity, PostsService } from '@kindling/posts';
import { followeeIdsSql, followsSql } from '@kindling/social-graph';
import { FeedSettings } from './feed-settings';
import { subscribedThreadIdsSql } from './feed.sql';

export interface PageQuery {
  /** Timeline ids of the window. */
  ids: readonly string[];
  /** Exclusive upper bound (the cursor), or null for the first page. */
  before: string | null;
  /** Inclusive lower bound of the window, or null when the timeline ended inside it. */
  floor: string | null;
  /** Authors over the follower threshold: their posts were not fanned out to followers. */
  celebrities: readonly string[];
  limit: number;
}

/** The home feed's SQL, composed on PostsService's visibility query so every rule applies. */
@Injectable()
export class FeedQueries {
  constructor(
    private readonly posts: PostsService,
    private readonly settings: FeedSettings,
  ) {}

  /**
   * The page, in one statement: the visible, unmuted posts among the window's
   * timeline ids, plus the posts in the same id range of followed authors over
   * the follower threshold (never fanned out to followers), newest first; each
   * with its author and thread (`post.author`, `post.thread`), which a feed
   * always shows.
   */
  page(viewerId: string, { ids, before, floor, celebrities, limit }: PageQuery): Promise<PostEntity[]> {
    const branches: string[] = [];
    if (ids.length > 0) branches.push('p.id = ANY(CAST(:ids AS bigint[]))');
    if (celebrities.length > 0) {
      const range = [before !== null && 'p.id < :before', floor !== null && 'p.id >= :floor'].filter(Boolean);
      branches.push(['p.author_id = ANY(CAST(:celebrities AS bigint[]))', followsSql(':viewerId', 'p.author_id'), ...range].join(' AND '));
    }
    if (branches.length === 0) return Promise.resolve([]);
    return this.posts
      .visibleQuery(viewerId, { feed: true })
      .andWhere(`(${branches.map((b) => `(${b})`).join(' OR ')})`, { ids, before, floor, celebrities })
      .innerJoinAndSelect('p.author', 'author')
      .innerJoinAndSelect('p.thread', 'thread')
      .orderBy('p.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Fan-out on read, for a timeline Redis lost or never had: the newest visible posts of followed members and subscribed threads. */
  async rebuild(viewerId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.posts
      .visibleQuery(viewerId, { feed: true })
      .select('p.id', 'id')
      .andWhere(
        `(p.author_id = ANY(ARRAY(${followeeIdsSql(':viewerId')})) OR p.thread_id = ANY(ARRAY(${subscribedThreadIdsSql(':viewerId')})))`,
      )
      .orderBy('p.id', 'DESC')
      .limit(this.settings.timelineSize)
      .getRawMany();
    return rows.map((r) => String(r.id));
  }
}
