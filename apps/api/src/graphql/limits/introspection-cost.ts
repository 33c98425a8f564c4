import {
  __Directive,
  __EnumValue,
  __Field,
  __InputValue,
  __Schema,
  __Type,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isObjectType,
  Kind,
  SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

interface ObjectField {
  definition: GraphQLField<unknown, unknown>;
  itemType: GraphQLObjectType;
}

/** The fields of each introspection type that answer objects (the others are scalars, free), looked up once. */
const OBJECT_FIELDS = new Map<GraphQLObjectType, Map<string, ObjectField>>(
  [__Schema, __Type, __Field, __InputValue, __EnumValue, __Directive].map((type) => [
    type,
    new Map(
      Object.values(type.getFields()).flatMap((definition) => {
        const itemType = getNamedType(definition.type);
        return isObjectType(itemType) ? [[definition.name, { definition, itemType }] as const] : [];
      }),
    ),
  ]),
);

/**
 * The exact cost of a `__schema` or `__type` field: introspection answers
 * from the schema in memory, so instead of guessing list sizes this walks the
 * real types, fields and arguments the answer would hold, paying 1 per object
 * (scalars free), as the cost model does elsewhere. The walk stops as soon as
 * the cost passes `cap` (returning cap + 1), so an introspection bomb is
 * refused after a bounded number of steps, never expanded.
 */
export function introspectionCost(
  schema: GraphQLSchema,
  field: FieldNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  cap: number,
): number {
  let cost = 0;
  let steps = 0;
  const maxSteps = cap * 4;
  const over = () => cost > cap || steps > maxSteps;
  // Introspection resolvers read only their source, their args and info.schema.
  const info = { schema } as never;
  const args = { includeDeprecated: true };

  const walk = (value: unknown, type: GraphQLObjectType, set: SelectionSetNode, seen: ReadonlySet<string>): void => {
    const objectFields = OBJECT_FIELDS.get(type);
    for (const selection of set.selections) {
      if (over()) return;
      steps += 1;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(value, type, selection.selectionSet, seen);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (fragment && !seen.has(fragment.name.value)) walk(value, type, fragment.selectionSet, new Set(seen).add(fragment.name.value));
      } else if (selection.selectionSet) {
        const objectField = objectFields?.get(selection.name.value);
        if (!objectField) continue;
        const { definition, itemType } = objectField;
        const result: unknown = definition.resolve
          ? definition.resolve(value, args, undefined, info)
          : (value as Record<string, unknown>)[definition.name];
        for (const item of Array.isArray(result) ? result : result == null ? [] : [result]) {
          cost += 1;
          walk(item, itemType, selection.selectionSet, seen);
          if (over()) return;
        }
      }
    }
  };

  if (!field.selectionSet) return 0;
  if (field.name.value === '__schema') {
    cost += 1;
    walk(schema, __Schema, field.selectionSet, new Set());
  } else {
    const nameArg = field.arguments?.find((a) => a.name.value === 'name');
    const name = nameArg && valueFromASTUntyped(nameArg.value, variables);
    const type = typeof name === 'string' ? schema.getType(name) : undefined;
    if (type) {
      cost += 1;
      walk(type, __Type, field.selectionSet, new Set());
    }
  }
  return over() ? cap + 1 : cost;
}
