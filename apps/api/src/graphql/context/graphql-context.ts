import type { FastifyRequest } from 'fastify';
import { AccessTokenService } from '@kindling/auth';
import { RequestLoaders } from './request-loaders';
import { tokenExpiredError } from './token-expired';
import { Viewer } from './viewer';

export interface GraphQLContext {
  viewer: Viewer | null;
  loaders: RequestLoaders;
  clientIp: string;
  req?: FastifyRequest;
}

/** What graphql-ws hands the context function: the socket's connection params and our `extra`. */
interface SocketContext {
  connectionParams?: Record<string, unknown>;
  extra: { viewer?: Viewer | null; clientIp?: string };
}

const isSocketContext = (value: unknown): value is SocketContext =>
  typeof value === 'object' && value !== null && 'extra' in value && 'connectionParams' in value;

export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : null;
}

/** The viewer a bearer token stands for; `tokenExpired` when it is one of ours that only ran out. */
export async function authenticate(
  tokens: AccessTokenService,
  token: string | null,
): Promise<{ viewer: Viewer | null; tokenExpired: boolean }> {
  if (!token) return { viewer: null, tokenExpired: false };
  const checked = await tokens.check(token);
  if (checked.status !== 'valid') return { viewer: null, tokenExpired: checked.status === 'expired' };
  const { userId, sessionId, expiresAt } = checked.claims;
  return { viewer: { userId, sessionId, tokenExpiresAt: expiresAt }, tokenExpired: false };
}

/**
 * Authenticates once per request (HTTP: the Authorization header; WebSocket:
 * the viewer resolved in onConnect) and creates the request's loaders. An
 * invalid token means an anonymous viewer; operations that need one say
 * UNAUTHENTICATED. An expired one refuses the request with reason TOKEN_EXPIRED.
 */
export function createContextFactory(tokens: AccessTokenService) {
  return async (requestOrSocket: FastifyRequest | SocketContext): Promise<GraphQLContext> => {
    if (isSocketContext(requestOrSocket)) {
      const viewer = requestOrSocket.extra.viewer ?? null;
      return { viewer, loaders: new RequestLoaders(viewer), clientIp: requestOrSocket.extra.clientIp ?? 'unknown' };
    }
    const { viewer, tokenExpired } = await authenticate(tokens, bearerToken(requestOrSocket.headers.authorization));
    if (tokenExpired) throw tokenExpiredError();
    return { viewer, loaders: new RequestLoaders(viewer), clientIp: requestOrSocket.ip, req: requestOrSocket };
  };
}
