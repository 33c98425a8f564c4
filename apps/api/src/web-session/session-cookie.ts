import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@kindling/config';

export const SESSION_COOKIE = 'kindling_refresh';
/** Only the browser-session endpoints ever receive the refresh token; /graphql never does. */
export const SESSION_COOKIE_PATH = '/auth';

const attributes = (config: AppConfig) => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: config.sessionCookieSecure,
  path: SESSION_COOKIE_PATH,
});

export function setSessionCookie(reply: FastifyReply, config: AppConfig, refreshToken: string): void {
  void reply.setCookie(SESSION_COOKIE, refreshToken, { ...attributes(config), maxAge: config.refreshTokenTtlDays * 86_400 });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  void reply.clearCookie(SESSION_COOKIE, attributes(config));
}

/** The refresh token the cookie holds, when it looks like one (ours are 43 base64url characters). */
export function sessionCookie(request: FastifyRequest): string | null {
  const value = request.cookies[SESSION_COOKIE];
  return value && /^[A-Za-z0-9_-]{20,256}$/.test(value) ? value : null;
}
