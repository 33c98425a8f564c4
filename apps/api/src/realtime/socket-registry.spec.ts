import { Viewer } from '../graphql/context/viewer';
import { MAX_SOCKETS_PER_MEMBER, SocketRegistry } from './socket-registry';

const viewer = (userId: string, sessionId: string): Viewer => ({ userId, sessionId, tokenExpiresAt: new Date(Date.now() + 60_000) });
const socket = () => ({ close: jest.fn() });

describe('SocketRegistry', () => {
  it(`refuses a member's socket past ${MAX_SOCKETS_PER_MEMBER}, across sessions, and takes one again once a slot frees`, () => {
    const registry = new SocketRegistry();
    const open = Array.from({ length: MAX_SOCKETS_PER_MEMBER }, socket);
    open.forEach((s, i) => expect(registry.add(viewer('m', `session-${i % 2}`), s)).toBe(true));

    expect(registry.add(viewer('m', 'session-2'), socket())).toBe(false);
    expect(registry.add(viewer('other', 'x'), socket())).toBe(true);

    registry.remove(viewer('m', 'session-0'), open[0]);
    expect(registry.add(viewer('m', 'session-2'), socket())).toBe(true);
  });

  it('closes the sockets of one session only', () => {
    const registry = new SocketRegistry();
    const [a1, a2, b] = [socket(), socket(), socket()];
    registry.add(viewer('m', 'a'), a1);
    registry.add(viewer('m', 'a'), a2);
    registry.add(viewer('m', 'b'), b);

    registry.closeSession('a', 4403, 'Session revoked');
    registry.closeSession('unknown', 4403, 'Session revoked');

    expect(a1.close).toHaveBeenCalledWith(4403, 'Session revoked');
    expect(a2.close).toHaveBeenCalledWith(4403, 'Session revoked');
    expect(b.close).not.toHaveBeenCalled();
  });

  it('forgets removed sockets, and ignores removing one it never registered', () => {
    const registry = new SocketRegistry();
    const s = socket();
    registry.remove(viewer('m', 'a'), s);
    registry.add(viewer('m', 'a'), s);
    registry.remove(viewer('m', 'a'), s);
    registry.closeSession('a', 4403, 'Session revoked');
    expect(s.close).not.toHaveBeenCalled();
  });
});
