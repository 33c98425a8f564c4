import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLObjectType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** One operation with a chosen value at one String or ID position of its arguments; every other required argument gets a well-formed placeholder. */
export interface ArgumentProbe {
  /** `Mutation.createPost input.body`, for the test name. */
  name: string;
  /** The field the server must name: inside an `input` argument without the `input.` prefix, as the validation pipe names it. */
  field: string;
  /** The GraphQL type at that position: String or ID. */
  scalar: 'String' | 'ID';
  document: string;
  variables: (value: string) => Record<string, unknown>;
}

/** The committed SDL is the served schema (a test fails when it is stale), so probes can be listed before the app boots. */
const schema = buildSchema(readFileSync(join(__dirname, '../../../apps/api/schema.graphql'), 'utf8'));

const PLACEHOLDERS: Record<string, unknown> = {
  String: 'probe',
  ID: '1',
  Int: 1,
  Float: 1,
  Boolean: true,
  DateTime: new Date(Date.now() + 86_400_000).toISOString(),
};

type Slot = GraphQLArgument | GraphQLInputField;

/** A well-formed value of `type` with only its required parts, or `target` placed at `path` (a list of field names / list indexes). */
function valueOf(type: GraphQLInputType, path: readonly (string | number)[], target: string | undefined): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [valueOf(inner.ofType, path.slice(1), target)];
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      const onPath = path[0] === field.name;
      if (onPath || (isNonNullType(field.type) && field.defaultValue === undefined)) {
        value[field.name] = valueOf(field.type, onPath ? path.slice(1) : [], onPath ? target : undefined);
      }
    }
    return value;
  }
  if (target !== undefined && path.length === 0) return target;
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isScalarType(inner)) return PLACEHOLDERS[inner.name];
  throw new Error(`no placeholder for ${String(inner)}`);
}

/** Every String/ID position under `slot`, as paths of field names and list indexes. */
function stringPositions(slot: Slot, seen: ReadonlySet<string> = new Set()): Array<{ path: (string | number)[]; scalar: 'String' | 'ID' }> {
  const named = getNamedType(slot.type);
  let inner = isNonNullType(slot.type) ? slot.type.ofType : slot.type;
  const prefix: (string | number)[] = [slot.name];
  while (isListType(inner)) {
    prefix.push(0);
    inner = isNonNullType(inner.ofType) ? inner.ofType.ofType : inner.ofType;
  }
  if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) return [{ path: prefix, scalar: named.name }];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const nested = new Set([...seen, named.name]);
  return Object.values(named.getFields()).flatMap((field) =>
    stringPositions(field, nested).map((p) => ({ path: [...prefix, ...p.path], scalar: p.scalar })),
  );
}

function probesOf(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): ArgumentProbe[] {
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const document = `${operation} Probe(${declared}) { ${field.name}(${passed})${selection} }`;
  return field.args.flatMap((arg) =>
    stringPositions(arg).map(({ path, scalar }) => {
      // Items of a list of scalars are named by the list (`skills`), items of a list of inputs by index (`resources.0.url`).
      const named = typeof path.at(-1) === 'number' ? path.slice(0, -1) : path;
      const reported = arg.name === 'input' && named.length > 1 ? named.slice(1) : named;
      return {
        name: `${operation === 'query' ? 'Query' : 'Mutation'}.${field.name} ${path.join('.')}`,
        field: reported.join('.'),
        scalar,
        document,
        variables: (value: string) => {
          const variables: Record<string, unknown> = {};
          for (const other of field.args) {
            if (other === arg) variables[other.name] = valueOf(other.type, path.slice(1), value);
            else if (isNonNullType(other.type) && other.defaultValue === undefined)
              variables[other.name] = valueOf(other.type, [], undefined);
          }
          return variables;
        },
      };
    }),
  );
}

const rootFields = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {});

/** Every String and ID position in the arguments of every query and mutation of the served schema. */
export const ARGUMENT_PROBES: readonly ArgumentProbe[] = [
  ...rootFields(schema.getQueryType()).flatMap((f) => probesOf('query', f)),
  ...rootFields(schema.getMutationType()).flatMap((f) => probesOf('mutation', f)),
];
