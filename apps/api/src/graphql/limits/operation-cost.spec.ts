import {
  getIntrospectionQuery,
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
} from 'graphql';
import { DEFAULT_LIST_BOUND, LIST_BOUNDS, PAGE_ARGS } from './list-bounds';
import { measure, servedSchema } from './measure.test-helper';
import { COST_WEIGHTS } from './operation-cost';
import { OPERATION_LIMITS } from './operation-limits';

const PAGE = COST_WEIGHTS.pageFetch;

describe('the cost model, read against the served schema', () => {
  it.each([
    [
      'messages at their real default (50, not 20)',
      '{ myRooms(first: 1) { nodes { messages { nodes { id } } } } }',
      PAGE + 1 + 1 * (1 + PAGE + 1 + 50),
    ],
    ['search lists at its limit default (10)', '{ search(query: "x") { users { id } posts { id } } }', PAGE + 1 + 10 + 10],
    ['search lists at a given limit', '{ search(query: "x", limit: 50) { users { id } posts { id } } }', PAGE + 1 + 50 + 50],
    ['mentorMatches at its limit default (10)', '{ mentorMatches { score } }', PAGE + 10],
    ['an unpaged list at its declared bound', '{ roadmap(id: "1") { steps { id } } }', 1 + LIST_BOUNDS['Roadmap.steps']],
    ['lists of scalars are free', '{ me { skills interests } }', 1],
    [
      'prerequisites of every step',
      '{ roadmap(id: "1") { steps { prerequisites { id } } } }',
      1 + LIST_BOUNDS['Roadmap.steps'] * (1 + LIST_BOUNDS['RoadmapStep.prerequisites']),
    ],
  ])('%s', (_, source, cost) => {
    expect(measure(source).cost).toBe(cost);
  });

  it.each([
    ['the value given', { n: 3 }, 3],
    ["the variable's declared default when none is given", {}, 7],
    ['the value given over the default', { n: 40 }, 40],
  ])('pages a connection by %s', (_, variables, items) => {
    expect(measure(`query($n: Int = 7) { me { followers(first: $n) { nodes { id } } } }`, variables).cost).toBe(1 + PAGE + 1 + items);
  });

  it("pages by the argument's schema default when a variable without default is not given", () => {
    expect(measure(`query($n: Int) { me { rooms: followers(first: $n) { nodes { id } } } }`).cost).toBe(1 + PAGE + 1 + 20);
  });

  it('costs __schema and __type exactly from the schema', () => {
    const types = Object.keys(servedSchema.getTypeMap()).length;
    expect(measure(`{ __schema { queryType { name } } }`).cost).toBe(2);
    expect(measure(`{ __schema { types { name } } }`).cost).toBe(1 + types);
    const userFields = Object.keys((servedSchema.getType('User') as GraphQLObjectType).getFields()).length;
    expect(measure(`{ __type(name: "User") { fields { name } } }`).cost).toBe(1 + userFields);
    expect(measure(`query($t: String!) { __type(name: $t) { name } }`, { t: 'User' }).cost).toBe(1);
    expect(measure(`{ __type(name: "Nope") { name } }`).cost).toBe(0);
  });

  it('lets the full introspection query of GraphiQL through, and stops expanding an introspection bomb at the cap', () => {
    expect(measure(getIntrospectionQuery()).cost).toBeLessThan(OPERATION_LIMITS.maxCost);
    // Each level reads the fields of each field's (non-null-wrapped) type: about (fields per type)^levels objects.
    const levels = (n: number): string => (n === 0 ? 'name' : `fields { type { ofType { ${levels(n - 1)} } } }`);
    const bomb = `{ __schema { types { ${levels(6)} } } }`;
    const started = performance.now();
    expect(measure(bomb, {}, 1_000).cost).toBe(1_001);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('list bounds', () => {
  const fieldsOf = (type: GraphQLNamedType): GraphQLField<unknown, unknown>[] =>
    isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [];
  const types = Object.values(servedSchema.getTypeMap()).filter((t) => !t.name.startsWith('__'));

  /** Composite list fields of the schema, with the type they sit on. */
  const listFields = types
    .flatMap((type) => fieldsOf(type).map((field) => ({ parent: type.name, field })))
    .filter(({ field }) => isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type)));

  /** Types every field returning them takes a page argument: their lists hold that page. */
  const alwaysPaged = (typeName: string) => {
    const returning = types.flatMap(fieldsOf).filter((f) => getNamedType(f.type).name === typeName);
    return returning.length > 0 && returning.every((f) => f.args.some((a) => PAGE_ARGS.has(a.name)));
  };

  it('covers every list of objects in the schema: paged, inside a paged answer, or with a declared bound', () => {
    const unbounded = listFields
      .filter(
        ({ parent, field }) =>
          !field.args.some((a) => PAGE_ARGS.has(a.name)) && !alwaysPaged(parent) && !(`${parent}.${field.name}` in LIST_BOUNDS),
      )
      .map(({ parent, field }) => `${parent}.${field.name}`);
    expect(unbounded).toEqual([]);
  });

  it('declares only fields that exist, with bounds below the default guess', () => {
    const known = new Set(listFields.map(({ parent, field }) => `${parent}.${field.name}`));
    for (const [key, bound] of Object.entries(LIST_BOUNDS)) {
      expect({ key, known: known.has(key) }).toEqual({ key, known: true });
      expect(bound).toBeGreaterThan(0);
      expect(bound).toBeLessThanOrEqual(Math.max(DEFAULT_LIST_BOUND, 200));
    }
  });
});
