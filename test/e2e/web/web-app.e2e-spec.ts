import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createTestApp, TestApp } from '@kindling/testing';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body>kindling-fixture</body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4096))});`;

/** A built app as Vite lays it out: index.html, hashed assets, a public file. */
function fixtureDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kindling-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets/index-Ab12Cd34.js'), SCRIPT);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('the web app served by the API', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = fixtureDist();
    t = await createTestApp({ env: { WEB_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = { accept: 'text/html,*/*;q=0.8' }) => fetch(`${t.url}${path}`, { headers });

  it('/ is index.html, revalidated every time, with a CSP allowing no inline script and the other security headers', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe(INDEX);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const host = new URL(t.url).host;
    expect(res.headers.get('content-security-policy')).toBe(
      [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        `connect-src 'self' ws://${host} wss://${host}`,
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ].join('; '),
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('hashed assets are cached for a year as immutable, gzipped when the browser accepts it', async () => {
    const res = await fetch(`${t.url}/assets/index-Ab12Cd34.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(SCRIPT); // fetch decompresses

    const raw = await new Promise<Buffer>((resolve, reject) => {
      // node:http, which leaves the body compressed, to see what went over the wire
      void import('node:http').then(({ get: httpGet }) =>
        httpGet(`${t.url}/assets/index-Ab12Cd34.js`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject),
      );
    });
    expect(raw.length).toBeLessThan(SCRIPT.length / 4);
    expect(gunzipSync(raw).toString()).toBe(SCRIPT);
  });

  it('other files are revalidated; an unchanged file answers 304 to its ETag', async () => {
    const res = await get('/favicon.svg');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    const again = await get('/favicon.svg', { 'if-none-match': res.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it.each(['/login', '/signup', '/explore', '/tags/growth', '/u/ana', '/threads/42', '/c/rustaceans', '/notifications', '/search?q=rust'])(
    'app route %s (GET, Accept text/html) falls back to index.html, uncached',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(INDEX);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    },
  );

  it.each([
    ['an unknown /health path', '/health/nope'],
    ['an unknown /auth path', '/auth/nope'],
    ['a path under /graphql', '/graphql/nope'],
    ['a missing hashed asset', '/assets/index-Missing1.js'],
    ['a missing file at the root', '/favicon.ico'],
    ['a path walking out of the build', '/%2e%2e/%2e%2e/package.json'],
  ])('%s is a real 404, never index.html', async (_, path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('kindling-fixture');
  });

  it('an app route asked for JSON, or POSTed, is a 404, not the page', async () => {
    expect((await get('/u/ana', { accept: 'application/json' })).status).toBe(404);
    expect((await fetch(`${t.url}/u/ana`, { method: 'POST', headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('the API keeps its own routes: /health/live, GraphQL, and the GraphiQL page without the app CSP', async () => {
    expect(await (await get('/health/live')).json()).toEqual({ status: 'ok' });
    expect((await t.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const explorer = await get('/graphql');
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toContain('GraphiQL');
    expect(explorer.headers.get('content-security-policy')).toBeNull(); // its inline script must keep running
  });

  it('without a build the API still boots, and / says how to build the web app (503)', async () => {
    const bare = await createTestApp({ env: { WEB_DIST_DIR: join(dist, 'not-built') } });
    try {
      const res = await fetch(`${bare.url}/`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await res.text()).toMatch(/npm run build:web/);
      expect((await fetch(`${bare.url}/health/live`)).status).toBe(200);
      expect((await fetch(`${bare.url}/assets/index-Ab12Cd34.js`)).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
