/** The authenticated member behind a request or socket. */
export interface Viewer {
  userId: string;
  sessionId: string;
  tokenExpiresAt: Date;
}
