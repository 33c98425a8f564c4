import { Injectable } from '@nestjs/common';
import { PostsService } from '@kindling/posts';
import { computeStreaks, localDate, resolveTimeZone, Streaks, ThreadEntity, ThreadsService } from '@kindling/threads';
import { UsersService } from '@kindling/users';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../graphql/context/request-loaders';
import { Viewer } from '../graphql/context/viewer';

export interface ThreadLoaderSet {
  /** Raw rows: only for threads reached through something the viewer already may see. */
  byId: DataLoader<string, ThreadEntity | null>;
  /** Null for threads the viewer may not see. */
  visibleById: DataLoader<string, ThreadEntity | null>;
  viewerIsSubscribed: DataLoader<string, boolean>;
  /** Keyed by thread id; counted in the author's current time zone. */
  streaks: DataLoader<{ id: string; authorId: string }, Streaks, string>;
}

@Injectable()
export class ThreadLoaders implements LoaderFactory<ThreadLoaderSet> {
  constructor(
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly users: UsersService,
  ) {}

  createLoaders(viewer: Viewer | null): ThreadLoaderSet {
    return {
      byId: new DataLoader(async (ids) => {
        const found = new Map((await this.threads.findByIds(ids)).map((t) => [t.id, t]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      visibleById: new DataLoader(async (ids) => {
        const found = new Map((await this.threads.findVisibleByIds(viewer?.userId ?? null, ids)).map((t) => [t.id, t]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      viewerIsSubscribed: new DataLoader(async (ids) => {
        if (!viewer) return ids.map(() => false);
        const subscribed = await this.threads.subscribedThreadIds(viewer.userId, ids);
        return ids.map((id) => subscribed.has(id));
      }),
      streaks: new DataLoader(
        async (threads) => {
          const zones = new Map((await this.users.findByIds([...new Set(threads.map((t) => t.authorId))])).map((u) => [u.id, u.timezone]));
          const scopes = threads.map((t) => ({ threadId: t.id, timeZone: resolveTimeZone(zones.get(t.authorId) ?? 'UTC') }));
          const days = await this.posts.postDays(scopes);
          const now = new Date();
          return scopes.map((s) => computeStreaks(days.get(s.threadId) ?? [], localDate(now, s.timeZone)));
        },
        { cacheKeyFn: (thread) => thread.id },
      ),
    };
  }
}
