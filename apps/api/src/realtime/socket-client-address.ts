import proxyAddr from '@fastify/proxy-addr';
import type { IncomingMessage } from 'node:http';

/**
 * The client address of a WebSocket upgrade, read exactly as Fastify reads an
 * HTTP request's (`trustProxy`): without TRUST_PROXY the peer, with it the
 * right-most X-Forwarded-For hop not in TRUSTED_PROXIES. Rate limits of
 * operations sent over the socket (login, register) key on it.
 */
export function socketClientAddress(trustProxy: false | string[]): (request: IncomingMessage) => string {
  const trust = trustProxy ? proxyAddr.compile(trustProxy) : () => false;
  return (request) => proxyAddr(request, trust) ?? 'unknown';
}
