import { SessionRevocations } from '@kindling/auth';
import { Viewer } from '../graphql/context/viewer';

/** What one subscriber gets from one event: its session ended, nothing (not theirs to see), or the item. */
export type Verdict<T> = 'revoked' | null | { item: T };

/** Loads an event for several members at once: what each may see, by member id (absent: nothing). */
export type BatchLoad<P, T> = (payload: P, userIds: readonly string[]) => Promise<ReadonlyMap<string, T>>;

interface Settled {
  revoked: ReadonlySet<string>;
  items: ReadonlyMap<string, unknown>;
}

interface Batch {
  viewers: Viewer[];
  settled: Promise<Settled>;
}

/**
 * One Redis message reaches every local subscriber of its channel at once;
 * each of them asks here about its event in the same turn of the event loop.
 * The first opens a batch for (key, payload), the others join it, and on the
 * next turn (setImmediate, once all of them had their turn) the batch checks
 * every session in one Redis MGET and loads the event once for every distinct
 * member still signed in, so N subscribers cost a fixed number of statements,
 * not N. A subscriber still busy with the previous event joins a later batch.
 * Two events with the same payload and key in one turn share a batch: their
 * answers are the same.
 */
export class EventBatches {
  private readonly pending = new Map<string, Batch>();

  constructor(private readonly revocations: SessionRevocations) {}

  async join<P, T>(key: string, payload: P, viewer: Viewer, load: BatchLoad<P, T>): Promise<Verdict<T>> {
    const batchKey = `${key}\n${JSON.stringify(payload)}`;
    let batch = this.pending.get(batchKey);
    if (!batch) {
      const viewers: Viewer[] = [];
      const settled = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.pending.delete(batchKey); // later arrivals open a batch of their own
        return this.settle(payload, viewers, load);
      });
      batch = { viewers, settled };
      this.pending.set(batchKey, batch);
    }
    batch.viewers.push(viewer);
    const { revoked, items } = await batch.settled;
    if (revoked.has(viewer.sessionId)) return 'revoked';
    return items.has(viewer.userId) ? { item: items.get(viewer.userId) as T } : null;
  }

  private async settle<P, T>(payload: P, viewers: readonly Viewer[], load: BatchLoad<P, T>): Promise<Settled> {
    const revoked = await this.revocations.revokedAmong([...new Set(viewers.map((v) => v.sessionId))]);
    const userIds = [...new Set(viewers.filter((v) => !revoked.has(v.sessionId)).map((v) => v.userId))];
    return { revoked, items: userIds.length === 0 ? new Map<string, T>() : await load(payload, userIds) };
  }
}
