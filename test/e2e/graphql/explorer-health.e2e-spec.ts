import { createTestApp, TestApp } from '@kindling/testing';

const EXPECTED_TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css' };

describe('explorer, health and request ids', () => {
  let t: TestApp;
  let page: Response;
  let html: string;
  beforeAll(async () => {
    t = await createTestApp();
    page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    html = await page.text();
  });
  afterAll(() => t.close());

  describe('explorer', () => {
    it('GET /graphql for a browser returns the explorer page', () => {
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(html).toContain('<div id="graphiql">');
      expect(html).toContain("GraphiQL.createFetcher({ url: '/graphql'");
    });

    it('references no other host: every asset is local, under /graphql-explorer/', () => {
      expect(html).not.toMatch(/https?:\/\//i);
      expect(html).not.toMatch(/(src|href)\s*=\s*["']\/\//i); // protocol-relative
      const references = [...html.matchAll(/(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]);
      expect(references.length).toBeGreaterThanOrEqual(4);
      for (const reference of references) expect(reference).toMatch(/^\/graphql-explorer\/[\w.-]+$/);
    });

    it('serves every referenced asset with its content type', async () => {
      const references = [...html.matchAll(/(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]);
      for (const reference of references) {
        const res = await fetch(`${t.url}${reference}`);
        const body = await res.text();
        expect({ reference, status: res.status }).toEqual({ reference, status: 200 });
        expect(res.headers.get('content-type')).toMatch(new RegExp(`^${EXPECTED_TYPES[reference.split('.').pop()!]}`));
        expect(body.length).toBeGreaterThan(1_000);
      }
    });

    it('serves the scripts the page needs: React, ReactDOM and GraphiQL', async () => {
      const text = async (name: string) => (await fetch(`${t.url}/graphql-explorer/${name}`)).text();
      expect(await text('react.js')).toMatch(/react\.production\.min\.js|React/);
      expect(await text('graphiql.js')).toContain('createFetcher');
      expect(await text('graphiql.css')).toContain('.graphiql-container');
    });

    it.each(['nope.js', 'react.js.map', '..%2Fpackage.json', '%2E%2E%2F%2E%2E%2Fpackage.json', 'constructor', '__proto__'])(
      'answers 404 for the unknown asset %s',
      async (name) => {
        const res = await fetch(`${t.url}/graphql-explorer/${name}`);
        expect(res.status).toBe(404);
        expect(await res.text()).not.toMatch(/"name"\s*:\s*"kindling"|dependencies/);
      },
    );

    it('still answers JSON clients on GET /graphql', async () => {
      const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('health', () => {
    it('/health/live answers 200', async () => {
      const res = await fetch(`${t.url}/health/live`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    });

    it('/health/ready answers 200 with postgres and redis up', async () => {
      const res = await fetch(`${t.url}/health/ready`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        status: 'ok',
        info: { postgres: { status: 'up' }, redis: { status: 'up' } },
        error: {},
      });
    });
  });

  describe('x-request-id', () => {
    it('echoes a sane incoming id', async () => {
      for (const path of ['/health/live', '/graphql-explorer/graphiql.css']) {
        const res = await fetch(`${t.url}${path}`, { headers: { 'x-request-id': 'req-123.abc_DEF' } });
        expect(res.headers.get('x-request-id')).toBe('req-123.abc_DEF');
      }
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'gql-1' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(res.headers.get('x-request-id')).toBe('gql-1');
    });

    it('generates one when absent, different per request', async () => {
      const ids = await Promise.all([1, 2].map(async () => (await fetch(`${t.url}/health/live`)).headers.get('x-request-id')));
      for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(ids[0]).not.toBe(ids[1]);
    });

    it('replaces an incoming id that is not sane (too long or odd characters)', async () => {
      for (const incoming of ['x'.repeat(65), 'a b', 'id\u00e9']) {
        const res = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': encodeURI(incoming) } });
        const id = res.headers.get('x-request-id');
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
      }
    });
  });
});
