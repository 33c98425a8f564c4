import type { FastifyRequest } from 'fastify';
import { AccessTokenService } from '@kindling/auth';
import { RequestLoaders } from './request-loaders';
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
  extra: { viewer?: Viewer | null; request?: { socket?: { remoteAddress?: string } } };
}

const isSocketContext = (value: unknown): value is SocketContext =>
  typeof value === 'object' && value !== null && 'extra' in value && 'connectionParams' in value;

export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : null;
}

export async function viewerFromToken(tokens: AccessTokenService, token: string | null): Promise<Viewer | null> {
  if (!token) return null;
  const claims = await tokens.verify(token);
  return claims && { userId: claims.userId, sessionId: claims.sessionId, tokenExpiresAt: claims.expiresAt };
}

/**
 * Authenticates once per request (HTTP: the Authorization header; WebSocket:
 * the viewer resolved in onConnect) and creates the request's loaders. An
 * invalid token means an anonymous viewer; operations that need one say
 * UNAUTHENTICATED.
 */
export function createContextFactory(tokens: AccessTokenService) {
  return async (requestOrSocket: FastifyRequest | SocketContext): Promise<GraphQLContext> => {
    if (isSocketContext(requestOrSocket)) {
      const viewer = requestOrSocket.extra.viewer ?? null;
      return { viewer, loaders: new RequestLoaders(viewer), clientIp: requestOrSocket.extra.request?.socket?.remoteAddress ?? 'unknown' };
    }
    const viewer = await viewerFromToken(tokens, bearerToken(requestOrSocket.headers.authorization));
    return { viewer, loaders: new RequestLoaders(viewer), clientIp: requestOrSocket.ip, req: requestOrSocket };
  };
}
