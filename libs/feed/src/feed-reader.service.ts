import { Injectable } from '@nestjs/common';
import { PostEntity } from '@kindling/posts';
import { FeedQueries } from './feed-queries';
import { FeedPage, readFromRebuild, toFeedPage, toWindow, windowSize } from './feed-window';
import { TimelineStore } from './timeline-store';

/** `homeFeed`: the Redis timeline, rebuilt from Postgres when missing, read through one posts query. */
@Injectable()
export class FeedReader {
  constructor(
    private readonly store: TimelineStore,
    private readonly queries: FeedQueries,
  ) {}

  /** Newest first; `after` is the id the previous page ended at. */
  async page(viewerId: string, first: number, after: string | null): Promise<FeedPage<PostEntity>> {
    const size = windowSize(first);
    const read = await this.store.read(viewerId, after, size + 1);
    let ids = read.ids;
    if (ids === null) {
      const rebuilt = await this.queries.rebuild(viewerId);
      await this.store.fill(viewerId, rebuilt);
      ids = readFromRebuild(rebuilt, after, size + 1);
    }
    const window = toWindow(ids, size);
    const query = { ids: window.ids, before: after, floor: window.floor, celebrities: read.celebrities, limit: first + 1 };
    return toFeedPage(await this.queries.page(viewerId, query), first, window);
  }
}
