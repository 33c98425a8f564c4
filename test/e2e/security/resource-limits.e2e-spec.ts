import { createTestApp, TestApp, TestMember } from '@kindling/testing';

/** Directive and token caps on HTTP and WebSocket, and the Postgres statement timeout. */
describe('resource limits', () => {
  let t: TestApp;
  let member: TestMember;
  beforeAll(async () => {
    t = await createTestApp();
    member = await t.factories.member();
  });
  afterAll(() => t.close());

  const directives = (n: number) => `{ me { ${'id @include(if: true) '.repeat(n)} } }`;
  /** `query($v: [Int] = [1 1 …]) { __typename }`: 15 tokens plus one per list item. */
  const tokens = (n: number) => `query($v: [Int] = [${'1 '.repeat(n - 15)}]) { __typename }`;

  it('allows 10 directives and refuses 11 with GRAPHQL_VALIDATION_FAILED (400)', async () => {
    expect((await t.gql(directives(10), {}, { token: member.token })).data).toEqual({ me: { id: member.user.id } });
    const res = await t.gql(directives(11), {}, { token: member.token });
    expect(res.status).toBe(400);
    expect(res.errors).toEqual([
      {
        message: 'Query uses 11 directives; at most 10',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'directives', value: 11, max: 10 },
      },
    ]);
  });

  it('parses 5,000 tokens and refuses 5,001 quickly', async () => {
    // 5,000 tokens parse; the document then fails validation for its own reason (the unused $v), not for its size.
    expect((await t.gql(tokens(5_000))).errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/never used/) })]);
    const started = Date.now();
    const res = await t.gql(tokens(5_001));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/more tha[nt] 5000 tokens/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it.each([
    ['11 directives', directives(11), /11 directives/],
    ['5,001 tokens', tokens(5_001), /more tha[nt] 5000 tokens/],
  ])('refuses %s over the socket too', async (_, query, message) => {
    const client = t.socket(member.token);
    try {
      const outcome = await new Promise<unknown>((resolve) => {
        client.subscribe({ query }, { next: resolve, error: resolve, complete: () => resolve('complete') });
      });
      expect(JSON.stringify(outcome)).toMatch(message);
      expect(JSON.stringify(outcome)).toContain('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await client.dispose();
    }
  });

  it('runs every pooled connection with statement_timeout = 15 s', async () => {
    const rows = await Promise.all(Array.from({ length: 5 }, () => t.db.query(`SHOW statement_timeout`)));
    expect(rows.map((r) => r[0].statement_timeout)).toEqual(Array(5).fill('15s'));
  });
});
