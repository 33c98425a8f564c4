import { Viewer } from '../graphql/context/viewer';

/**
 * Operations in flight on one socket (subscriptions, plus queries and
 * mutations still running); one more closes the socket with 4429.
 */
export const MAX_OPERATIONS_PER_SOCKET = 100;
/**
 * Open sockets per member in one API process (a browser tab holds one); a
 * newer one is refused with 4429 and the open ones keep working, so a
 * runaway client cannot cut off the member's other devices.
 */
export const MAX_SOCKETS_PER_MEMBER = 10;

/** graphql-ws's own 4429 (too many initialisation requests) reused for every "too many" refusal. */
export const TOO_MANY = 4429;

interface Closable {
  close(code: number, reason: string): void;
}

/**
 * The authenticated sockets of this process, by session (to close them all
 * when the session is revoked) and by member (to cap them).
 */
export class SocketRegistry<S extends Closable = Closable> {
  private readonly bySession = new Map<string, Set<S>>();
  private readonly byMember = new Map<string, Set<S>>();

  /** Registers the socket; false, registering nothing, when the member already has MAX_SOCKETS_PER_MEMBER here. */
  add(viewer: Viewer, socket: S): boolean {
    if ((this.byMember.get(viewer.userId)?.size ?? 0) >= MAX_SOCKETS_PER_MEMBER) return false;
    insert(this.byMember, viewer.userId, socket);
    insert(this.bySession, viewer.sessionId, socket);
    return true;
  }

  remove(viewer: Viewer, socket: S): void {
    discard(this.byMember, viewer.userId, socket);
    discard(this.bySession, viewer.sessionId, socket);
  }

  /** Closes every socket of the session; their `remove` follows as each one's close completes. */
  closeSession(sessionId: string, code: number, reason: string): void {
    for (const socket of this.bySession.get(sessionId) ?? []) socket.close(code, reason);
  }
}

function insert<S>(map: Map<string, Set<S>>, key: string, socket: S): void {
  const sockets = map.get(key) ?? new Set<S>();
  sockets.add(socket);
  map.set(key, sockets);
}

function discard<S>(map: Map<string, Set<S>>, key: string, socket: S): void {
  const sockets = map.get(key);
  if (!sockets?.delete(socket) || sockets.size > 0) return;
  map.delete(key);
}
