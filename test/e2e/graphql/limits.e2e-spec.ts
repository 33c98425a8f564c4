import { createTestApp, GraphQLResponse, TestApp, TestMember } from '@kindling/testing';

/** `levels` nested `followers(first: 1)`; each but the last selects `nodes { … }`, the last selects `innermost`. */
const nested = (levels: number, innermost = 'nodes { id }') =>
  `${'followers(first: 1) { nodes { '.repeat(levels - 1)}followers(first: 1) { ${innermost} }${' } }'.repeat(levels - 1)}`;
const DEPTH_10 = `query($h: String!) { user(handle: $h) { ${nested(4)} } }`; // user + 4 × (followers, nodes) + id
const DEPTH_11 = `query($h: String!) { user(handle: $h) { ${nested(4, 'edges { node { id } }')} } }`;
const aliases = (n: number) => `query($h: String!) { ${Array.from({ length: n }, (_, i) => `a${i}: user(handle: $h) { id }`).join(' ')} }`;
/** Three nested pages: 100 × 100 × 100 followers at most. */
const COSTLY = `query($h: String!) { user(handle: $h) { ${nested(3).replaceAll('first: 1)', 'first: 100)')} } }`;
const COSTLY_VARS = `query($h: String!, $n: Int) { user(handle: $h) { ${nested(3).replaceAll('first: 1)', 'first: $n)')} } }`;
/** Fragments that spread the next one twice: 2^22 paths if expanded naively. */
const FRAGMENT_BOMB = [
  `query($h: String!) { user(handle: $h) { ...F0 } }`,
  ...Array.from(
    { length: 22 },
    (_, i) => `fragment F${i} on User { followers(first: 1) { nodes { ...F${i + 1} } } following(first: 1) { nodes { ...F${i + 1} } } }`,
  ),
  `fragment F22 on User { id }`,
].join('\n');

/** Extension keys the API may put on an error; anything else (stacktrace, exception, …) is a leak. */
const SAFE_EXTENSIONS = new Set(['code', 'field', 'reason', 'limit', 'value', 'max', 'retryAfter']);
const LEAK = /stacktrace|exception|\bat \S+ \(|SELECT |INSERT |UPDATE |node_modules|QueryFailedError/i;

function expectNoLeaks(res: GraphQLResponse) {
  expect(res.errors?.length).toBeGreaterThan(0);
  for (const error of res.errors!) {
    expect(Object.keys(error.extensions ?? {}).filter((key) => !SAFE_EXTENSIONS.has(key))).toEqual([]);
    expect(JSON.stringify(error)).not.toMatch(LEAK);
  }
}

describe('GraphQL limits and error hygiene', () => {
  let t: TestApp;
  let member: TestMember;
  let other: TestMember;
  beforeAll(async () => {
    t = await createTestApp();
    [member, other] = await t.factories.members(2);
  });
  afterAll(() => t.close());

  const followRows = async () =>
    (await t.db.query(`SELECT count(*)::int AS n FROM follow WHERE follower_id = $1`, [member.user.id]))[0].n as number;

  describe.each([
    ['depth 10', DEPTH_10, {}, null],
    ['depth 11', DEPTH_11, {}, 'depth'],
    ['15 aliases', aliases(15), {}, null],
    ['16 aliases', aliases(16), {}, 'aliases'],
    ['first: 100 inside first: 100 inside first: 100', COSTLY, {}, 'cost'],
    ['first: $n three levels deep with n = 100', COSTLY_VARS, { n: 100 }, 'cost'],
    ['first: $n three levels deep with n = 20', COSTLY_VARS, { n: 20 }, null],
    ['a fragment bomb', FRAGMENT_BOMB, {}, 'depth'],
  ])('%s', (_, query, variables, limit) => {
    it(limit ? `is rejected on ${limit} with GRAPHQL_VALIDATION_FAILED and HTTP 400, quickly` : 'runs', async () => {
      const started = Date.now();
      const res = await t.gql(query, { h: member.user.handle, ...variables }, { token: member.token });
      expect(Date.now() - started).toBeLessThan(2_000);
      if (limit === null) {
        expect(res.errors).toBeUndefined();
        expect(res.status).toBe(200);
        return;
      }
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      const says = {
        depth: /^Query depth \d+ exceeds 10$/,
        aliases: /^Query uses \d+ aliases; at most 15$/,
        cost: /^Query cost \d+ exceeds 50000$/,
      };
      const max = { depth: 10, aliases: 15, cost: 50_000 }[limit as keyof typeof says];
      expect(res.errors).toEqual([
        {
          message: expect.stringMatching(says[limit as keyof typeof says]),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, max, value: expect.any(Number) },
        },
      ]);
    });
  });

  it.each([
    ['aliases', `mutation($id: ID!) { ${Array.from({ length: 16 }, (_, i) => `a${i}: follow(userId: $id) { id }`).join(' ')} }`],
    ['depth', `mutation($id: ID!) { follow(userId: $id) { ${nested(5)} } }`],
  ])('a mutation over the %s limit runs no resolver and writes nothing', async (_, mutation) => {
    const res = await t.gql(mutation, { id: other.user.id }, { token: member.token });
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await followRows()).toBe(0);
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers a body over 1 MB with 413 and keeps serving', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'a'.repeat(1024 * 1024) } }));
    expect(res.status).toBe(413);
    await res.arrayBuffer();
    const nearLimit = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'a'.repeat(1000 * 1000) } }));
    expect(nearLimit.status).toBe(200);
    expect(await nearLimit.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a batched request (JSON array body) without running any of it', async () => {
    const follow = { query: `mutation($id: ID!) { follow(userId: $id) { id } }`, variables: { id: other.user.id } };
    const res = await post(JSON.stringify([follow, follow]), { authorization: `Bearer ${member.token}` });
    expect(res.status).toBe(400);
    const body = (await res.json()) as GraphQLResponse;
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.data).toBeUndefined();
    expect(await followRows()).toBe(0);
  });

  it('refuses a mutation over GET and writes nothing', async () => {
    const query = encodeURIComponent(`mutation { follow(userId: "${other.user.id}") { id } }`);
    const res = await fetch(`${t.url}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${member.token}`, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await followRows()).toBe(0);
  });

  it('names an unknown field with GRAPHQL_VALIDATION_FAILED (and suggests in test mode)', async () => {
    const res = await t.gql(`{ mee { id } }`);
    expect(res.status).toBe(400);
    expect(res.errors).toEqual([
      {
        message: expect.stringContaining('Did you mean "me"?'),
        locations: expect.any(Array),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });

  const hugeCursor = Buffer.from(JSON.stringify(['99999999999999999999', '1'])).toString('base64url');
  it.each<[string, string, (m: TestMember) => Record<string, unknown>]>([
    ['a syntax error', `{ user(handle: "x") { id `, () => ({})],
    ['an unknown field', `{ user(handle: "x") { password } }`, () => ({})],
    ['a variable of the wrong type', `query($n: Int) { me { followers(first: $n) { nodes { id } } } }`, () => ({ n: 'ten' })],
    ['a missing required variable', `query($h: String!) { user(handle: $h) { id } }`, () => ({})],
    ['an over-limit query', COSTLY, (m) => ({ h: m.user.handle })],
    ['a rule violation in the service', `mutation($id: ID!) { follow(userId: $id) { id } }`, (m) => ({ id: m.user.id })],
    ['a malformed id', `mutation { follow(userId: "1; DROP TABLE follow") { id } }`, () => ({})],
    ['a bad page size', `query($h: String!) { user(handle: $h) { followers(first: 0) { nodes { id } } } }`, (m) => ({ h: m.user.handle })],
    [
      'a cursor beyond bigint',
      `query($h: String!, $a: String) { user(handle: $h) { followers(after: $a) { nodes { id } } } }`,
      (m) => ({ h: m.user.handle, a: hugeCursor }),
    ],
  ])('%s carries no stacktrace, exception or SQL', async (_, query, variables) => {
    expectNoLeaks(await t.gql(query, variables(member), { token: member.token }));
  });

  it('serves introspection outside production', async () => {
    const res = await t.gql(`{ __schema { queryType { name } } __type(name: "User") { name } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } }, __type: { name: 'User' } });
  });
});

describe('GraphQL in production mode', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await createTestApp({ env: { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) } });
  });
  afterAll(() => prod.close());

  it.each([
    ['an unknown root field', `{ mee { id } }`],
    ['an unknown field on a type', `{ me { handl } }`],
    ['an unknown argument', `{ user(handl: "x") { id } }`],
    ['a misspelt type in a fragment', `{ me { ... on Usr { id } } }`],
  ])('never suggests names for %s', async (_, query) => {
    const res = await prod.gql(query);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/i);
    expectNoLeaks(res);
  });

  it.each([
    ['__schema', `{ __schema { types { name } } }`],
    ['__type', `{ __type(name: "User") { fields { name } } }`],
    ['__schema next to a normal field', `{ me { id } __schema { queryType { name } } }`],
  ])('refuses introspection through %s', async (_, query) => {
    const res = await prod.gql(query);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('still answers ordinary queries', async () => {
    expect(await prod.gql(`{ me { id } }`)).toEqual({ status: 200, data: { me: null } });
  });

  it('does not serve the explorer', async () => {
    const res = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/graphiql|<html/i);
  });
});
