import { Injectable } from '@nestjs/common';
import { SessionRevocations } from '@kindling/auth';
import { GraphQLContext } from '../graphql/context/graphql-context';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Viewer } from '../graphql/context/viewer';

const DONE = { done: true, value: undefined } as const;

/**
 * Turns a pub/sub stream of ids into a stream of objects for one subscriber,
 * authorizing every event again: an expired or ended session stops the
 * stream, and `load` returns null for anything the viewer may no longer see
 * (left a private community, a block since), which is skipped. Each event
 * gets fresh loaders, so nothing cached for an earlier event leaks into it.
 *
 * A hand-written iterator rather than an async generator: a generator's
 * `return()` waits for the pending `next()`, which never settles on a quiet
 * channel, so a closed socket would keep its Redis subscription forever.
 */
@Injectable()
export class LiveStream {
  constructor(private readonly revocations: SessionRevocations) {}

  map<P, T>(
    context: GraphQLContext,
    source: AsyncIterableIterator<P>,
    load: (payload: P, viewer: Viewer) => Promise<T | null>,
  ): AsyncIterableIterator<T> {
    const viewer = context.viewer!;
    const stop = async () => {
      await source.return?.();
      return DONE;
    };
    const iterator: AsyncIterableIterator<T> = {
      next: async () => {
        for (;;) {
          const step = await source.next();
          if (step.done) return DONE;
          if (viewer.tokenExpiresAt.getTime() <= Date.now() || (await this.revocations.isRevoked(viewer.sessionId))) return stop();
          context.loaders = new RequestLoaders(viewer);
          const item = await load(step.value, viewer);
          if (item !== null) return { done: false, value: item };
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
