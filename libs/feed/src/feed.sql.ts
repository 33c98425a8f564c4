// These two belong with the threads feature (its table); they live here until threads exports them.

/** The threads `viewer` subscribes to, as a sub-select. */
export function subscribedThreadIdsSql(viewer: string): string {
  return `SELECT feed_ts.thread_id FROM thread_subscription feed_ts WHERE feed_ts.user_id = ${viewer}`;
}

/** The members subscribed to `thread`, as a sub-select. */
export function subscriberIdsSql(thread: string): string {
  return `SELECT feed_sub.user_id FROM thread_subscription feed_sub WHERE feed_sub.thread_id = ${thread}`;
}
