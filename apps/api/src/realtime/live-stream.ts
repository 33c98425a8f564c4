import { Injectable } from '@nestjs/common';
import { SessionRevocations } from '@kindling/auth';
import { GraphQLContext } from '../graphql/context/graphql-context';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Viewer } from '../graphql/context/viewer';
import { EventBatches } from './event-batches';

const DONE = { done: true, value: undefined } as const;

/** What one subscriber is sent, and rows the load already holds to seed their fresh loaders with. */
interface Delivery<T> {
  item: T;
  prime?: (loaders: RequestLoaders) => void;
}

/** One item and the members (among those asked about) who may see it. */
export interface Shown<T> extends Delivery<T> {
  to: readonly string[];
}

/**
 * Turns a pub/sub stream of ids into a stream of objects for one subscriber,
 * authorizing every event again: an expired or revoked session stops the
 * stream, and what the viewer may no longer see (left a private community, a
 * block since) is skipped. Each event gets fresh loaders, so nothing cached
 * for an earlier event leaks into it.
 *
 * The subscribers of one event in this process are authorized together (see
 * EventBatches): one revocation lookup for all their sessions and one load
 * for all of them, under a `key` that names the subscription field and every
 * argument the load depends on besides the payload and the member.
 *
 * A hand-written iterator rather than an async generator: a generator's
 * `return()` waits for the pending `next()`, which never settles on a quiet
 * channel, so a closed socket would keep its Redis subscription forever.
 */
@Injectable()
export class LiveStream {
  private readonly batches: EventBatches;

  constructor(revocations: SessionRevocations) {
    this.batches = new EventBatches(revocations);
  }

  /** A member's own topics (notifications, feed): `load` runs once per event and member, however many sockets they listen on. */
  map<P, T>(
    context: GraphQLContext,
    key: string,
    source: AsyncIterableIterator<P>,
    load: (payload: P, userId: string) => Promise<T | null>,
  ): AsyncIterableIterator<T> {
    return this.stream<P, T>(context, key, source, async (payload, userIds) => {
      const deliveries = new Map<string, Delivery<T>>();
      await Promise.all(
        userIds.map(async (userId) => {
          const item = await load(payload, userId);
          if (item !== null) deliveries.set(userId, { item });
        }),
      );
      return deliveries;
    });
  }

  /**
   * Topics many members share (a thread, a post): `load` decides for all of an event's subscribers at once, and
   * its `prime` seeds each recipient's loaders (the author, the thread), so their fields cost no query per subscriber.
   */
  mapShared<P, T>(
    context: GraphQLContext,
    key: string,
    source: AsyncIterableIterator<P>,
    load: (payload: P, userIds: readonly string[]) => Promise<Shown<T> | null>,
  ): AsyncIterableIterator<T> {
    return this.stream(context, key, source, async (payload, userIds) => {
      const shown = await load(payload, userIds);
      return new Map(shown ? shown.to.map((userId) => [userId, shown]) : []);
    });
  }

  private stream<P, T>(
    context: GraphQLContext,
    key: string,
    source: AsyncIterableIterator<P>,
    load: (payload: P, userIds: readonly string[]) => Promise<ReadonlyMap<string, Delivery<T>>>,
  ): AsyncIterableIterator<T> {
    const viewer: Viewer = context.viewer!;
    const stop = async () => {
      await source.return?.();
      return DONE;
    };
    const iterator: AsyncIterableIterator<T> = {
      next: async () => {
        for (;;) {
          const step = await source.next();
          if (step.done) return DONE;
          if (viewer.tokenExpiresAt.getTime() <= Date.now()) return stop();
          const verdict = await this.batches.join(key, step.value, viewer, load);
          if (verdict === 'revoked') return stop();
          context.loaders = new RequestLoaders(viewer);
          if (verdict === null) continue;
          verdict.item.prime?.(context.loaders);
          return { done: false, value: verdict.item.item };
        }
      },
      return: stop,
      throw: async (error: unknown) => {
        await source.return?.();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
