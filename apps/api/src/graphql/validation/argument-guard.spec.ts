import { buildSchema, graphql, GraphQLSchema } from 'graphql';
import { InputValidationException } from '../errors/input-validation.exception';
import { guardArguments } from './argument-guard';

const SDL = `
  input Link { title: String!, url: String! }
  input NoteInput { body: String!, tags: [String!], links: [Link!], ownerId: ID }
  type Note { id: ID!, body: String! }
  type Query { note(id: ID!): Note, notes(after: String, first: Int): [Note!]!, count(first: Int): Int! }
  type Mutation { addNote(input: NoteInput!): Note!, tagNotes(ids: [ID!]!, tag: String!): Int! }
`;

function guardedSchema(calls: string[]): GraphQLSchema {
  const schema = buildSchema(SDL);
  const record = (name: string) => (_: unknown, args: unknown) => {
    calls.push(`${name} ${JSON.stringify(args)}`);
    return name === 'tagNotes' || name === 'count' ? 1 : name === 'notes' ? [] : { id: '1', body: 'x' };
  };
  for (const [type, fields] of [
    ['Query', ['note', 'notes', 'count']],
    ['Mutation', ['addNote', 'tagNotes']],
  ] as const) {
    const typeFields = (type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields();
    for (const field of fields) typeFields[field].resolve = record(field);
  }
  return guardArguments(schema);
}

async function run(source: string, variableValues: Record<string, unknown> = {}) {
  const calls: string[] = [];
  const result = await graphql({ schema: guardedSchema(calls), source, variableValues });
  const original = result.errors?.[0]?.originalError;
  return { calls, refused: original instanceof InputValidationException ? { field: original.field, message: original.message } : null };
}

describe('guardArguments', () => {
  it.each([
    ['a String argument', `query($v: String) { notes(after: $v) { id } }`, 'x\u0000', 'after'],
    [
      'a field inside input, without the input. prefix',
      `mutation($v: String!) { addNote(input: { body: $v }) { id } }`,
      'a\u0000b',
      'body',
    ],
    [
      'an item of a list of strings, named by the list',
      `mutation($v: String!) { addNote(input: { body: "ok", tags: ["a", $v] }) { id } }`,
      '\u0000',
      'tags',
    ],
    [
      'a field of an item of a list of inputs, by index',
      `mutation($v: String!) { addNote(input: { body: "ok", links: [{ title: "a", url: "b" }, { title: "c", url: $v }] }) { id } }`,
      'u\u0000',
      'links.1.url',
    ],
    ['an ID', `query($v: ID!) { note(id: $v) { id } }`, '1\u0000', 'id'],
  ])('refuses a NUL in %s before the resolver runs', async (_, source, value, field) => {
    const { calls, refused } = await run(source, { v: value });
    expect(refused).toEqual({ field, message: `${field} must not contain NUL characters` });
    expect(calls).toEqual([]);
  });

  it.each(['0', '-1', '01', '1e5', '1.5', ' 1', 'abc', '', '9223372036854775807', '1234567890123456789'])(
    'refuses the malformed id %j wherever an ID goes',
    async (id) => {
      for (const [source, field] of [
        [`query($v: ID!) { note(id: $v) { id } }`, 'id'],
        [`mutation($v: ID!) { tagNotes(ids: ["1", $v], tag: "t") }`, 'ids'],
        [`mutation($v: ID) { addNote(input: { body: "ok", ownerId: $v }) { id } }`, 'ownerId'],
      ] as const) {
        const { calls, refused } = await run(source, { v: id });
        expect({ source, refused }).toEqual({ source, refused: { field, message: `${field} is not a valid id` } });
        expect(calls).toEqual([]);
      }
    },
  );

  it('lets well-formed arguments through untouched, and leaves fields without text arguments unwrapped', async () => {
    const { calls, refused } = await run(`mutation { tagNotes(ids: ["1", "999999999999999999"], tag: "ünï ❤️") }`);
    expect(refused).toBeNull();
    expect(calls).toEqual(['tagNotes {"ids":["1","999999999999999999"],"tag":"ünï ❤️"}']);
    const schema = buildSchema(SDL);
    const count = schema.getQueryType()!.getFields().count;
    const resolve = (count.resolve = () => 1);
    guardArguments(schema);
    expect(count.resolve).toBe(resolve);
  });
});
