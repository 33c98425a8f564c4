import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface WebFile {
  body: Buffer;
  /** Present for compressible files worth it (text over 1 KB). */
  gzip?: Buffer;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest)|image\/svg)/;

/** The checkout's apps/web/dist, found from here whether running from source (ts-jest) or from dist/. */
export function defaultWebDistDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'apps/web/package.json'))) return join(dir, 'apps/web/dist');
  }
  return resolve('apps/web/dist');
}

/**
 * Every file of the built app, read once at boot: only what the build wrote can
 * be served (no path from a URL ever reaches the file system), gzipped ahead.
 * Null when there is no build (no index.html).
 */
export function loadWebFiles(root: string): Map<string, WebFile> | null {
  if (!existsSync(join(root, 'index.html'))) return null;
  const files = new Map<string, WebFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(`/${relative(root, path).split(sep).join('/')}`, webFile(path));
    }
  };
  walk(root);
  return files;
}

function webFile(path: string): WebFile {
  const body = readFileSync(path);
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const gzip = COMPRESSIBLE.test(type) && body.length > 1024 ? gzipSync(body, { level: 9 }) : undefined;
  return { body, type, etag, ...(gzip && gzip.length < body.length && { gzip }) };
}
