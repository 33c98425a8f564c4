/**
 * The typed topic map: every channel the API publishes on, with its payload.
 * Payloads carry ids only; subscribers load (and authorize) what they show.
 * Features add their topics here as they land.
 */
export interface Topic<Payload> {
  readonly channel: string;
  /** Phantom field: ties the payload type to the channel at compile time. */
  readonly __payload?: Payload;
}

const topic = <Payload>(channel: string): Topic<Payload> => ({ channel });

export const Topics = {
  /** A notification of the member was created or regrouped. */
  notification: (userId: string) => topic<{ notificationId: string }>(`user:${userId}:notification`),
  /** The member's unread notification count may have changed. */
  unreadNotificationCount: (userId: string) => topic<{ userId: string }>(`user:${userId}:unread-count`),
  /** A post was added to a thread. */
  threadPost: (threadId: string) => topic<{ postId: string }>(`thread:${threadId}:post`),
  /** A comment was added to a post. */
  postComment: (postId: string) => topic<{ commentId: string }>(`post:${postId}:comment`),
  /** A post reached the member's home feed (after fan-out). */
  homeFeed: (userId: string) => topic<{ postId: string }>(`feed:${userId}`),
  /** A message was sent in a mentorship room (subscribers are re-authorized as participants per event). */
  roomMessage: (roomId: string) => topic<{ messageId: string }>(`room:${roomId}:message`),
  /** A session was revoked (logout, refresh-token reuse): every API process closes that session's sockets. */
  sessionRevoked: () => topic<{ sessionId: string }>('session:revoked'),
} as const;
