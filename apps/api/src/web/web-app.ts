import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@kindling/config';
import { IMMUTABLE, NO_CACHE, webSecurityHeaders } from './web-headers';
import { defaultWebDistDir, loadWebFiles, WebFile } from './web-files';

/** Paths that belong to the API: never the app's index.html, a real 404 when unknown. */
const API_PREFIXES = ['/graphql', '/health', '/auth', '/graphql-explorer', '/assets/'];
const NOT_BUILT =
  "Kindling's web app is not built: run `npm run build:web` (`npm start` builds it), then restart the API. The GraphQL API is at /graphql.\n";

const isAppRoute = (path: string) =>
  !API_PREFIXES.some((prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) &&
  !/\.[a-z0-9]+$/i.test(path); // /favicon.ico or /x.js that is not there is a missing file, not a page

/**
 * Serves the built web app (apps/web/dist, or WEB_DIST_DIR) at / in every mode:
 * hashed /assets/* cached for a year, everything else revalidated (no-cache),
 * app routes (GET, Accept: text/html) answered with index.html, with a CSP and
 * the other security headers. Without a build the API still boots and / says how to build it.
 */
export function registerWebApp(fastify: FastifyInstance, config: AppConfig): void {
  const files = loadWebFiles(config.webDistDir ?? defaultWebDistDir());

  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const path = decodedPath(request.url);
    const file = path === null ? undefined : files?.get(path === '/' ? '/index.html' : path);
    if (file) return send(request, reply, file, path!.startsWith('/assets/') ? IMMUTABLE : NO_CACHE);
    const wantsPage = path !== null && isAppRoute(path) && /text\/html|\*\/\*/.test(request.headers.accept ?? '');
    if (!wantsPage) return reply.callNotFound();
    if (!files) return reply.status(503).header('cache-control', NO_CACHE).type('text/plain; charset=utf-8').send(NOT_BUILT);
    return send(request, reply, files.get('/index.html')!, NO_CACHE);
  });
}

function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
}

function send(request: FastifyRequest, reply: FastifyReply, file: WebFile, cacheControl: string): FastifyReply {
  void reply.headers({
    ...webSecurityHeaders(request.headers.host),
    'cache-control': cacheControl,
    etag: file.etag,
    vary: 'accept-encoding',
  });
  if (request.headers['if-none-match'] === file.etag) return reply.status(304).send();
  void reply.type(file.type);
  if (file.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    return reply.header('content-encoding', 'gzip').send(file.gzip);
  }
  return reply.send(file.body);
}
