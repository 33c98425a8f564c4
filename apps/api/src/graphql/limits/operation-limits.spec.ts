import { GraphQLError, parse } from 'graphql';
import { measure, servedSchema } from './measure.test-helper';
import { COST_WEIGHTS } from './operation-cost';
import { OPERATION_LIMITS, assertWithinLimits } from './operation-limits';

const PAGE = COST_WEIGHTS.pageFetch;

const limitError = (source: string, variables?: Record<string, unknown>, operationName?: string): GraphQLError | null => {
  try {
    assertWithinLimits(servedSchema, parse(source), operationName, variables);
    return null;
  } catch (error) {
    return error as GraphQLError;
  }
};

/** `levels` nested `followers(first: 1)`, each but the last selecting `nodes { … }`; the last selects `innermost`. */
const nested = (levels: number, innermost = 'nodes { id }') =>
  `{ user(handle: "a") { ${'followers(first: 1) { nodes { '.repeat(levels - 1)}followers(first: 1) { ${innermost} }${' } }'.repeat(levels - 1)} } }`;

describe('measureOperation', () => {
  it.each([
    // An object pays 1, a scalar 0, a paged field PAGE per call plus its connection object (1) and its items.
    ['one scalar field', '{ me { id } }', { depth: 2, aliases: 0, cost: 1 }],
    ['top-level scalar', '{ __typename }', { depth: 1, aliases: 0, cost: 0 }],
    ['__typename is free', '{ me { __typename id } }', { depth: 2, aliases: 0, cost: 1 }],
    ['scalar siblings are free', '{ me { id handle displayName } }', { depth: 2, aliases: 0, cost: 1 }],
    ['a list field pays its page', '{ me { followers(first: 10) { nodes { id } } } }', { depth: 4, aliases: 0, cost: 1 + PAGE + 1 + 10 }],
    [
      'a connection without first pays its default, 20',
      '{ me { followers { nodes { id } } } }',
      { depth: 4, aliases: 0, cost: 1 + PAGE + 1 + 20 },
    ],
    ['edges take the page too', '{ me { following { edges { cursor } } } }', { depth: 4, aliases: 0, cost: 1 + PAGE + 1 + 20 }],
    [
      'a connection read through a fragment pays its page',
      '{ me { followers { ...Page } } } fragment Page on UserConnection { nodes { id } }',
      { depth: 4, aliases: 0, cost: 1 + PAGE + 1 + 20 },
    ],
    ['a plain object field pays once', '{ me { mentorProfile { headline } } }', { depth: 3, aliases: 0, cost: 1 + 1 }],
    ['limit counts like first', '{ mentorMatches(limit: 3) { score } }', { depth: 2, aliases: 0, cost: PAGE + 3 }],
    ['first: 0 pays at least one', '{ me { followers(first: 0) { nodes { id } } } }', { depth: 4, aliases: 0, cost: 1 + PAGE + 1 + 1 }],
    ['aliases are counted', '{ a: me { id } b: me { x: id } }', { depth: 2, aliases: 3, cost: 2 }],
    ['inline fragments add no depth', '{ me { ... on User { id } } }', { depth: 2, aliases: 0, cost: 1 }],
    ['nested connections multiply', nested(2), { depth: 6, aliases: 0, cost: 1 + (PAGE + 1 + 1 * (1 + (PAGE + 1 + 1 * 1))) }],
  ])('%s', (_, source, expected) => {
    expect(measure(source)).toEqual(expected);
  });

  it('counts depth as the number of nested fields', () => {
    expect(measure(nested(4)).depth).toBe(10);
    expect(measure(nested(4, 'edges { node { id } }')).depth).toBe(11);
    expect(measure(nested(4, 'edges { cursor }')).depth).toBe(10);
  });

  it('expands fragments at the depth they are spread, each spread paying again', () => {
    const source = `
      query { me { ...Profile } a: user(handle: "x") { ...Profile } }
      fragment Profile on User { id n: handle followers(first: 5) { nodes { ...Leaf } } }
      fragment Leaf on User { id }`;
    // Profile: id 0 + handle 0 + followers (PAGE + 1 + 5 * 1); depth below spread: followers > nodes > id = 3
    expect(measure(source)).toEqual({ depth: 4, aliases: 1 + 2 * 1, cost: 2 * (1 + PAGE + 1 + 5) });
  });

  it('matches the expanded query when the same fragment is spread many times', () => {
    const viaFragments = measure(
      `{ me { ...F ...F following(first: 2) { nodes { ...F } } } } fragment F on User { a: id followers(first: 3) { nodes { id } } }`,
    );
    const inline = measure(
      `{ me { a: id followers(first: 3) { nodes { id } } a: id followers(first: 3) { nodes { id } } following(first: 2) { nodes { a: id followers(first: 3) { nodes { id } } } } } }`,
    );
    expect(viaFragments).toEqual(inline);
  });

  it('terminates on cyclic fragments and counts the cycle once', () => {
    const source = `
      { me { ...A } }
      fragment A on User { id followers(first: 2) { nodes { ...B } } }
      fragment B on User { handle following(first: 2) { nodes { ...A } } }`;
    const result = measure(source);
    // me > A{ followers > nodes > B{ following > nodes > (A again: skipped) } }
    expect(result).toEqual({ depth: 5, aliases: 0, cost: 1 + (PAGE + 1 + 2 * (1 + (PAGE + 1 + 2 * 1))) });
    expect(Number.isFinite(result.cost)).toBe(true);
    expect(measure(`{ me { ...Self } } fragment Self on User { id ...Self }`)).toEqual({ depth: 2, aliases: 0, cost: 1 });
  });

  it('ignores spreads of unknown fragments', () => {
    expect(measure(`{ me { id ...Missing } }`)).toEqual({ depth: 2, aliases: 0, cost: 1 });
  });

  it("reads first from variables, and falls back to the argument's default (20) when it is missing or not a number", () => {
    const source = `query($n: Int) { me { followers(first: $n) { nodes { id } } } }`;
    const connection = 1 + PAGE + 1;
    expect(measure(source, { n: 100 }).cost).toBe(connection + 100);
    expect(measure(source, { n: 3 }).cost).toBe(connection + 3);
    expect(measure(source, {}).cost).toBe(connection + 20);
    expect(measure(source, { n: 'many' }).cost).toBe(connection + 20);
    expect(measure(source, { n: -5 }).cost).toBe(connection + 1);
  });

  // Expanded path by path this takes ~15 s (and blocks the event loop); measured per fragment, about 1 ms.
  it('measures a fragment bomb (2^22 paths) in linear time', () => {
    const levels = 22;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on User { followers(first: 1) { nodes { ...F${i + 1} } } following(first: 1) { nodes { ...F${i + 1} } } }`,
    );
    const source = `{ me { ...F0 } }\n${fragments.join('\n')}\nfragment F${levels} on User { id }`;
    const started = performance.now();
    const result = measure(source);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.depth).toBe(2 * levels + 2);
    expect(result.cost).toBeGreaterThan(2 ** levels);
  });
});

describe('assertWithinLimits', () => {
  it('has the documented limits', () => {
    expect(OPERATION_LIMITS).toEqual({ maxDepth: 10, maxAliases: 15, maxCost: 50_000, maxDirectives: 10, maxFieldRepeats: 10 });
  });

  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
  // 22 + 30 × (22 + 30 × (22 + n)): 29,482 at n = 10, 38,482 at the default 20, 110,482 at n = 100.
  const costly = `query($n: Int) { me { followers(first: 30) { nodes { followers(first: 30) { nodes { followers(first: $n) { nodes { id } } } } } } } }`;

  it.each([
    ['depth 10', nested(4), null, undefined],
    ['depth 11', nested(4, 'edges { node { id } }'), 'depth', undefined],
    ['15 aliases', aliases(15), null, undefined],
    ['16 aliases', aliases(16), 'aliases', undefined],
    ['10 directives', `{ me { ${'id @include(if: true) '.repeat(10)} } }`, null, undefined],
    ['11 directives', `{ me { ${'id @include(if: true) '.repeat(11)} } }`, 'directives', undefined],
    [
      '11 directives spread over fragments',
      `{ me { ...F @skip(if: false) } } fragment F on User { ${'id @skip(if: false) '.repeat(10)} }`,
      'directives',
      undefined,
    ],
    ['a field selected 10 times', `{ me { ${'id '.repeat(10)} } }`, null, undefined],
    ['a field selected 11 times', `{ me { ${'id '.repeat(11)} } }`, 'fieldRepeats', undefined],
    ['a fragment spread 11 times', `{ me { ${'...F '.repeat(11)} } } fragment F on User { id }`, 'fieldRepeats', undefined],
    ['__typename selected 500 times (graphql-cop)', `{ ${'__typename '.repeat(500)} }`, 'fieldRepeats', undefined],
    ['cost within budget', costly, null, { n: 10 }],
    ['cost over budget', costly, 'cost', { n: 100 }],
    ['cost within budget at the default page size', costly, null, {}],
    ['cost over budget through a variable default', costly.replace('$n: Int', '$n: Int = 100'), 'cost', {}],
    [
      'cost over budget through default page sizes',
      `{ me { followers { nodes { followers { nodes { followers { nodes { followers { nodes { id } } } } } } } } } }`,
      'cost',
      undefined,
    ],
  ])('%s', (_, source, limit, variables: Record<string, unknown> | undefined) => {
    const error = limitError(source, variables);
    if (limit === null) {
      expect(error).toBeNull();
    } else {
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit, http: { status: 400 } });
      expect(error!.extensions.value).toBeGreaterThan(error!.extensions.max as number);
    }
  });

  it('measures the operation named by operationName', () => {
    const source = `query Small { me { id } } query Big ${aliases(16)}`;
    expect(limitError(source, undefined, 'Small')).toBeNull();
    expect(limitError(source, undefined, 'Big')?.extensions.limit).toBe('aliases');
  });

  it('counts directives in introspection-only operations too', () => {
    expect(limitError(`{ __schema { ${'queryType @include(if: true) { name } '.repeat(11)} } }`)?.extensions.limit).toBe('directives');
  });

  it('does not count depth in introspection-only operations', () => {
    const deep = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`;
    expect(limitError(deep)).toBeNull();
  });

  it('counts aliases in introspection-only operations', () => {
    const aliased = `{ __schema { ${Array.from({ length: 16 }, (_, i) => `t${i}: queryType { name }`).join(' ')} } }`;
    expect(limitError(aliased)?.extensions.limit).toBe('aliases');
  });

  it('does not let one introspection field shield the rest of the operation', () => {
    expect(limitError(`{ __typename ${aliases(16).slice(1, -1)} }`)?.extensions.limit).toBe('aliases');
  });
});

describe('page arguments out of range', () => {
  it.each([
    ['first: 101', '{ myEnrollments(first: 101) { nodes { id } } }', undefined, 'first', 100],
    ['first: 0', '{ me { followers(first: 0) { nodes { id } } } }', undefined, 'first', 100],
    ['a variable of 101', 'query($n: Int) { myEnrollments(first: $n) { nodes { id } } }', { n: 101 }, 'first', 100],
    ['a variable default of 500', 'query($n: Int = 500) { myEnrollments(first: $n) { nodes { id } } }', undefined, 'first', 100],
    ['search limit: 51', '{ search(query: "a", limit: 51) { users { id } } }', undefined, 'limit', 50],
  ])('refuses %s as BAD_USER_INPUT on the argument, before its cost counts', (_, source, variables, field, max) => {
    const error = limitError(source, variables);
    expect(error?.message).toBe(`${field} must be between 1 and ${max}`);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field });
  });

  it('lets the largest pages through to the cost check', () => {
    expect(limitError('{ me { followers(first: 100) { nodes { id } } } }')).toBeNull();
    expect(limitError('{ search(query: "a", limit: 50) { users { id } } }')).toBeNull();
  });
});
