import { SessionRevocations } from '@kindling/auth';
import { Viewer } from '../graphql/context/viewer';
import { EventBatches } from './event-batches';

const viewer = (userId: string, sessionId = `s-${userId}`): Viewer => ({
  userId,
  sessionId,
  tokenExpiresAt: new Date(Date.now() + 60_000),
});

describe('EventBatches', () => {
  const revokedAmong = jest.fn<Promise<Set<string>>, [readonly string[]]>();
  const batches = new EventBatches({ revokedAmong } as unknown as SessionRevocations);
  const load = jest.fn(
    async (payload: { postId: string }, userIds: readonly string[]) =>
      new Map(userIds.filter((id) => id !== 'hidden').map((id) => [id, `${payload.postId} for ${id}`])),
  );
  beforeEach(() => {
    revokedAmong.mockReset().mockResolvedValue(new Set());
    load.mockClear();
  });

  it('checks every session in one call and loads once for the distinct members of one event', async () => {
    const viewers = [viewer('a'), viewer('a', 'other-device'), viewer('b'), viewer('hidden'), viewer('gone')];
    revokedAmong.mockResolvedValue(new Set(['s-gone']));

    const verdicts = await Promise.all(viewers.map((v) => batches.join('threadPostAdded:1', { postId: 'p1' }, v, load)));

    expect(verdicts).toEqual([{ item: 'p1 for a' }, { item: 'p1 for a' }, { item: 'p1 for b' }, null, 'revoked']);
    expect(revokedAmong).toHaveBeenCalledTimes(1);
    expect(revokedAmong).toHaveBeenCalledWith(['s-a', 'other-device', 's-b', 's-hidden', 's-gone']);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith({ postId: 'p1' }, ['a', 'b', 'hidden']);
  });

  it('keeps events with another payload or key apart, and opens a new batch once one has settled', async () => {
    await Promise.all([
      batches.join('threadPostAdded:1', { postId: 'p1' }, viewer('a'), load),
      batches.join('threadPostAdded:1', { postId: 'p2' }, viewer('a'), load),
      batches.join('threadPostAdded:2', { postId: 'p1' }, viewer('a'), load),
    ]);
    await batches.join('threadPostAdded:1', { postId: 'p1' }, viewer('b'), load);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('hands a failed load to every subscriber of the batch', async () => {
    const failing = jest.fn(() => Promise.reject(new Error('Postgres is down')));
    const joined = [viewer('a'), viewer('b')].map((v) => batches.join('k', { postId: 'p' }, v, failing));
    for (const verdict of joined) await expect(verdict).rejects.toThrow('Postgres is down');
    expect(failing).toHaveBeenCalledTimes(1);
  });

  it('loads nothing when every session of the event is revoked', async () => {
    revokedAmong.mockResolvedValue(new Set(['s-a']));
    expect(await batches.join('k', { postId: 'p' }, viewer('a'), load)).toBe('revoked');
    expect(load).not.toHaveBeenCalled();
  });
});
