import { CommunitiesService, CommunityVisibility } from '@kindling/communities';
import { createTestApp, GraphQLResponse, TestApp, TestMember, uniqueSlug } from '@kindling/testing';
import { EXECUTION_LIMITS } from '../../../apps/api/src/graphql/limits/execution-budget';
import { OPERATION_LIMITS } from '../../../apps/api/src/graphql/limits/operation-limits';
import { seedPost, seedThread } from '../content/content-fixtures';
import { seedRoadmap } from '../roadmaps/roadmap-fixtures';
import { ABUSIVE, NATURAL } from './query-shapes';

const STEPS = 200;
/** Every prerequisite of every step of the DAG roadmap with `fields` scalars each: 19,900 prerequisites in all. */
const prerequisitesWith = (fields: number) => {
  const scalars = ['id', 'title', 'description', 'position', 'estimatedHours'];
  const selection = Array.from({ length: fields }, (_, i) => (i < scalars.length ? scalars[i] : `a${i}: title`)).join(' ');
  return `query($roadmap: ID!) { roadmap(id: $roadmap) { steps { prerequisites { ${selection} } } } }`;
};
/** 19,900 × 9 + 400 = 179,500 fields: the largest answer the DAG gives within the field budget. */
const WORST_ACCEPTED = prerequisitesWith(9);
/** 19,900 × 11 + 400 = 219,300 fields: accepted by the cost limit (scalars are free), stopped by the field budget. */
const PAST_FIELD_BUDGET = prerequisitesWith(11);

/** Issue #14 item 1 and issue #15's query cost, on the real stack. */
describe('query-shaped denial of service', () => {
  let t: TestApp;
  let member: TestMember;
  let variables: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    member = await t.factories.member();
    const community = await t.app
      .get(CommunitiesService)
      .create(member.user.id, { slug: uniqueSlug(), name: 'Roadmaps', visibility: CommunityVisibility.PUBLIC });
    // Each step requires every earlier one: the densest graph a roadmap can hold.
    const titles = Array.from({ length: STEPS }, (_, i) => `Step ${i}`);
    const roadmap = await seedRoadmap(
      t,
      member,
      community.id,
      titles.map((title, i) => [title, titles.slice(0, i)]),
    );
    const thread = await seedThread(t, member, { communityId: community.id });
    const post = await seedPost(t, member, thread.id);
    variables = { roadmap: roadmap.id, post: post.id, room: '1', handle: member.user.handle };
  }, 180_000);
  afterAll(() => t.close());

  /** The variables a document declares, from the seeded ones. */
  const varsFor = (query: string, extra: Record<string, unknown> = {}) => ({
    ...Object.fromEntries(Object.entries(variables).filter(([name]) => query.includes(`$${name}:`))),
    ...extra,
  });

  const overSocket = async (query: string, vars: Record<string, unknown>, token?: string): Promise<GraphQLResponse> => {
    const client = t.socket(token);
    try {
      return await new Promise<GraphQLResponse>((resolve) => {
        let result: GraphQLResponse = { status: 0 };
        client.subscribe(
          { query, variables: vars },
          {
            next: (value) => (result = { status: 0, ...(value as object) }),
            error: (errors) => resolve({ status: 0, errors: errors as GraphQLResponse['errors'] }),
            complete: () => resolve(result),
          },
        );
      });
    } finally {
      await client.dispose();
    }
  };

  describe.each(Object.entries(NATURAL))('what a web client sends: %s', (_, query) => {
    it('runs', async () => {
      const res = await t.gql(query, varsFor(query), { token: member.token });
      expect(res.errors).toBeUndefined();
      expect(res.status).toBe(200);
    });
  });

  describe.each(Object.entries(ABUSIVE))('abusive: %s', (_, { query, variables: extra }) => {
    it('is refused on cost before it runs, quickly, without a token', async () => {
      const started = Date.now();
      const res = await t.gql(query, varsFor(query, extra));
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors).toEqual([
        {
          message: expect.stringMatching(/^Query cost \d+ exceeds 50000$/),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', value: expect.any(Number), max: OPERATION_LIMITS.maxCost },
        },
      ]);
    });
  });

  it('refuses the roadmap DAG over the socket too', async () => {
    const { query } = ABUSIVE['the roadmap DAG, prerequisites three levels deep (no token needed)'];
    const res = await overSocket(query, varsFor(query), member.token);
    expect(res.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' }) }),
    ]);
  });

  it('costs a variable default: the same query with no default runs at the field default', async () => {
    const { query } = ABUSIVE['a page size hidden in a variable default'];
    const withoutDefault = query.replace('$n: Int = 100', '$n: Int');
    const res = await t.gql(withoutDefault, varsFor(withoutDefault), { token: member.token });
    expect(res.errors).toBeUndefined();
  });

  it('costs room messages at their real default: the same query at first: 20 runs', async () => {
    const { query } = ABUSIVE['room messages at their real default of 50, nested'];
    const res = await t.gql(query.replace('messages {', 'messages(first: 20) {'), {}, { token: member.token });
    expect(res.errors).toBeUndefined();
  });

  it.each([
    ['HTTP', (query: string, vars: Record<string, unknown>) => t.gql(query, vars)],
    ['WebSocket', (query: string, vars: Record<string, unknown>) => overSocket(query, vars, member.token)],
  ])(
    'stops an answer past the field budget with one error over %s',
    async (_, send) => {
      const res = await send(PAST_FIELD_BUDGET, varsFor(PAST_FIELD_BUDGET));
      expect(res.data).toEqual({ roadmap: null });
      expect(res.errors).toEqual([
        expect.objectContaining({
          message: `The answer would hold more than ${EXECUTION_LIMITS.maxResolvedFields} fields`,
          extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'resolvedFields' }),
        }),
      ]);
    },
    60_000,
  );

  it('keeps /health/live answering within 1 s while the worst accepted operation runs', async () => {
    let done = false;
    const operation = t.gql(WORST_ACCEPTED, varsFor(WORST_ACCEPTED)).finally(() => (done = true));
    const answers: number[] = [];
    while (!done) {
      const started = performance.now();
      const res = await fetch(`${t.url}/health/live`);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      answers.push(performance.now() - started);
    }
    const res = await operation;
    expect(res.errors).toBeUndefined();
    const steps = (res.data as { roadmap: { steps: Array<{ prerequisites: unknown[] }> } }).roadmap.steps;
    expect(steps.reduce((n, s) => n + s.prerequisites.length, 0)).toBe((STEPS * (STEPS - 1)) / 2);
    expect(answers.length).toBeGreaterThan(3);
    expect(Math.max(...answers)).toBeLessThan(1_000);
  }, 120_000);
});
