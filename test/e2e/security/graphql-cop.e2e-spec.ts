import { createTestApp, TestApp } from '@kindling/testing';

/**
 * The 12 checks of graphql-cop (dolevf/graphql-cop, lib/tests/*.py), each
 * sending the request the auditor sends, against a production boot, and
 * failing on the condition the auditor reports as a finding. graphql-cop
 * posts JSON `{ query }` without other headers, like `cop` below.
 */
describe('graphql-cop against a production boot', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) } });
  });
  afterAll(() => t.close());

  /** graphql-cop's graph_query: a JSON POST; the body parsed when it is JSON. */
  const cop = async (body: unknown): Promise<{ status: number; json: any }> => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON: graphql-cop reads no data from it
    }
    return { status: res.status, json };
  };

  it('Alias Overloading (DoS): 101 aliases are refused', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `alias${i}:__typename \n`).join('');
    const { json } = await cop({ query: `query { ${aliases} }` });
    expect(json?.data?.alias100).toBeUndefined();
    expect(json.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' });
  });

  it('Array-based Query Batching (DoS): a batch of 11 is refused', async () => {
    const { status, json } = await cop(Array.from({ length: 11 }, () => ({ query: 'query { __typename }' })));
    expect(Array.isArray(json) ? json.length : (json?.data?.length ?? 0)).toBeLessThan(10);
    expect(status).toBe(400);
  });

  it('Directive Overloading (DoS): ten unknown directives do not get ten errors back', async () => {
    const { json } = await cop({ query: 'query { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }' });
    expect(json.errors.length).not.toBe(10);
    expect(json.errors.length).toBeLessThanOrEqual(6);
    expect(json.errors.at(-1).message).toMatch(/Too many validation errors/);
  });

  it('Field Duplication (DoS): __typename 500 times is refused', async () => {
    const { json } = await cop({ query: `query { ${'__typename \n'.repeat(500)}} ` });
    expect(json?.data?.__typename).toBeUndefined();
    expect(json.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'fieldRepeats' });
  });

  it('Introspection-based Circular Query (DoS): refused', async () => {
    const { json } = await cop({
      query: 'query { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }',
    });
    expect(json?.data?.__schema).toBeUndefined();
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('Field Suggestions (information leak): no "Did you mean"', async () => {
    const { json } = await cop({ query: 'query { __schema { directive } }' });
    expect(json.errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(json.errors)).not.toMatch(/Did you mean/);
  });

  it('Introspection (information leak): refused', async () => {
    const { json } = await cop({ query: 'query { __schema { types { name fields { name } } } }' });
    expect(json?.data?.__schema?.types).toBeUndefined();
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each(['/graphiql', '/playground', '/console', '/graphql'])('GraphQL IDE (information leak): nothing on GET %s', async (path) => {
    const res = await fetch(`${t.url}${path}`);
    const text = await res.text();
    for (const word of ['graphiql.min.css', 'GraphQL Playground', 'GraphiQL', 'graphql-playground']) expect(text).not.toContain(word);
  });

  it('Tracing / debug mode (information leak): no tracing, exception or stack trace', async () => {
    for (const query of ['query { __typename }', 'query { __typename', 'query { nope }']) {
      const { json } = await cop({ query });
      expect(json?.extensions?.tracing).toBeUndefined();
      for (const error of json?.errors ?? []) {
        expect(error.extensions?.tracing).toBeUndefined();
        expect(error.extensions?.exception).toBeUndefined();
      }
      expect(JSON.stringify(json).toLowerCase()).not.toContain('stacktrace');
    }
  });

  /** graphql-cop's request(): no content type, the operation in the query string. */
  const queryString = (query: string) => `${t.url}/graphql?${new URLSearchParams({ query })}`;

  it('Mutation over GET (possible CSRF): refused', async () => {
    const res = await fetch(queryString('mutation {__typename}'));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect((await res.json().catch(() => null))?.data?.__typename).toBeUndefined();
  });

  it('Query over GET (possible CSRF): refused without a preflight header', async () => {
    const res = await fetch(queryString('{__typename}'));
    expect(res.status).toBe(400);
    expect((await res.json().catch(() => null))?.data?.__typename).toBeUndefined();
  });

  it('POST url-encoded query (possible CSRF): refused', async () => {
    for (const res of [
      await fetch(queryString('query {__typename}'), { method: 'POST' }),
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ query: 'query {__typename}' }).toString(),
      }),
    ]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect((await res.json().catch(() => null))?.data?.__typename).toBeUndefined();
    }
  });
});

/** The WebSocket side of the production surface: introspection off there too. */
describe('introspection over WebSocket in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) } });
  });
  afterAll(() => t.close());

  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "User") { fields { name } } }'],
    ['a misspelt field (no suggestion)', '{ mee { id } }'],
  ])('refuses %s with GRAPHQL_VALIDATION_FAILED and no schema details', async (_, query) => {
    const member = await t.factories.member();
    const client = t.socket(member.token);
    try {
      const outcome = await new Promise<unknown>((resolve) => {
        client.subscribe({ query }, { next: resolve, error: resolve, complete: () => resolve('complete') });
      });
      // graphql-ws reports a refused operation through `error` with the errors alone: no data, nothing of the schema.
      expect(Array.isArray(outcome)).toBe(true);
      const errors = outcome as Array<{ extensions?: { code?: string } }>;
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.map((e) => e.extensions?.code)).toEqual(errors.map(() => 'GRAPHQL_VALIDATION_FAILED'));
      expect(JSON.stringify(outcome)).not.toMatch(/Did you mean/);
    } finally {
      await client.dispose();
    }
  });
});
