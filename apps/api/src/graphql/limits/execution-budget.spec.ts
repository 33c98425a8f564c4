import { ApolloServer } from '@apollo/server';
import { buildSchema, execute, GraphQLFieldResolver, GraphQLSchema, parse, subscribe } from 'graphql';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { applyExecutionBudget, ExecutionLimits } from './execution-budget';
import { executionBudgetPlugin } from './execution-budget.plugin';

const SDL = `
  type Query { steps: [Step!]! }
  type Step { id: ID! prerequisites: [Step!]! }
  type Subscription { ticks: Tick! }
  type Tick { n: Int! a: Int! b: Int! }`;

/** A roadmap whose 200 steps each require every step, served from memory by async resolvers, like the real one. */
function dagSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  const steps = Array.from({ length: 200 }, (_, i) => ({ id: String(i) }));
  const fields = (type: string) =>
    (
      schema.getType(type) as never as {
        getFields(): Record<string, { resolve?: GraphQLFieldResolver<unknown, unknown>; subscribe?: unknown }>;
      }
    ).getFields();
  fields('Query').steps.resolve = async () => steps;
  fields('Step').prerequisites.resolve = async () => {
    await Promise.resolve();
    return steps;
  };
  fields('Subscription').ticks.subscribe = async function* () {
    for (let n = 1; n <= 3; n += 1) yield { ticks: { n, a: n, b: n } };
  };
  return schema;
}

const DAG = `{ steps { prerequisites { prerequisites { prerequisites { id } } } } }`;
const limits = (overrides: Partial<ExecutionLimits>): ExecutionLimits => ({
  deadlineMs: 60_000,
  maxResolvedFields: 10_000_000,
  turnEveryMs: 60_000,
  ...overrides,
});

describe('execution budget', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });
  /** Lets every promise an abandoned execution left behind settle, so an unobserved rejection would be reported. */
  const settle = async () => {
    for (let i = 0; i < 20; i += 1) await nextTurn();
  };

  it('ends an operation past its deadline with one error, and leaves no rejection unobserved', async () => {
    const server = new ApolloServer({
      schema: applyExecutionBudget(dagSchema(), limits({ deadlineMs: 200 })),
      plugins: [executionBudgetPlugin() as never],
    });
    await server.start();
    try {
      const started = performance.now();
      const res = await server.executeOperation({ query: DAG }, { contextValue: {} });
      expect(performance.now() - started).toBeLessThan(5_000);
      const body = res.body.kind === 'single' ? res.body.singleResult : null;
      expect(body?.data).toBeNull();
      expect(body?.errors).toEqual([
        expect.objectContaining({
          message: 'The operation ran longer than 200 ms',
          extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'deadline', max: 200 }),
        }),
      ]);
      await settle();
      expect(unhandled).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('refuses the fields past the field budget, with one error', async () => {
    const result = await execute({
      schema: applyExecutionBudget(dagSchema(), limits({ maxResolvedFields: 1_000 })),
      document: parse(DAG),
      contextValue: {},
    });
    expect(result.data).toBeNull();
    const errors = result.errors!.filter((e) => e.extensions.limit === 'resolvedFields');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ message: 'The answer would hold more than 1000 fields', extensions: { max: 1_000 } });
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('answers an operation within the budget in full', async () => {
    const result = await execute({
      schema: applyExecutionBudget(dagSchema(), limits({ maxResolvedFields: 200 * 201 + 1 })),
      document: parse(`{ steps { prerequisites { id } } }`),
      contextValue: {},
    });
    expect(result.errors).toBeUndefined();
    expect((result.data as { steps: unknown[] }).steps).toHaveLength(200);
  });

  it('gives the event loop a turn every turnEveryMs while it runs', async () => {
    const schema = applyExecutionBudget(dagSchema(), limits({ turnEveryMs: 10 }));
    let turns = 0;
    let finished = false;
    const count = () => {
      if (finished) return;
      turns += 1;
      setImmediate(count);
    };
    setImmediate(count);
    const result = await execute({ schema, document: parse(`{ steps { prerequisites { id } } }`), contextValue: {} });
    finished = true;
    expect(result.errors).toBeUndefined();
    expect((result.data as { steps: Array<{ prerequisites: unknown[] }> }).steps.map((s) => s.prerequisites.length)).toEqual(
      Array(200).fill(200),
    );
    // 40,400 fields in memory: without turns handed out, graphql-js runs them all in one go of microtasks and `count` runs once.
    expect(turns).toBeGreaterThan(5);
  });

  it('gives each event of a subscription a fresh budget', async () => {
    const schema = applyExecutionBudget(dagSchema(), limits({ maxResolvedFields: 5 }));
    const stream = (await subscribe({
      schema,
      document: parse(`subscription { ticks { n a b } }`),
      contextValue: {},
    })) as AsyncIterable<unknown>;
    const events: unknown[] = [];
    for await (const event of stream) events.push(event);
    expect(events).toEqual([1, 2, 3].map((n) => ({ data: { ticks: { n, a: n, b: n } } })));
  });
});
