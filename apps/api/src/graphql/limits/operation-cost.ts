import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { introspectionCost } from './introspection-cost';
import { DEFAULT_PAGE, listBound, PAGE_ARGS, PAGE_MAX } from './list-bounds';

/**
 * What one field costs, worst case: every object (or list item) the answer
 * can hold pays `object`; scalars and lists of scalars are free (they come
 * with their row); a field taking a page argument pays `pageFetch` per call,
 * since it may run its own SQL statement for each parent.
 */
export const COST_WEIGHTS = { object: 1, scalar: 0, pageFetch: 20 } as const;

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/** A page argument given outside 1..its maximum: the operation is refused for it before its cost counts. */
export interface PageOutOfRange {
  argument: string;
  max: number;
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Depth, alias count and worst-case cost of one operation, read against the
 * schema. A list field holds as many items as its page argument says (the
 * literal, the variable's value, else the variable's declared default, else the
 * argument's schema default); `nodes`/`edges` hold the page of the connection
 * field above them; any other list holds its declared bound (list-bounds.ts).
 * Each fragment is measured once per page it is spread under and reused, so a
 * document whose fragments spread each other 2^n times costs linear time; a
 * fragment spread inside itself (a cycle, refused by validation) counts as
 * empty. `__schema`/`__type` are costed exactly against the schema.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
  costCap = Number.MAX_SAFE_INTEGER,
): OperationMeasure & { pageOutOfRange: PageOutOfRange | null } {
  let pageOutOfRange: PageOutOfRange | null = null;
  const declaredDefaults = new Map(operation.variableDefinitions?.map((d) => [d.variable.name.value, d.defaultValue]) ?? []);
  const measured = new Map<string, OperationMeasure>();
  const inProgress = new Set<string>();

  const intValue = (node: ValueNode | undefined): number | null => {
    if (node?.kind === Kind.INT) return Number(node.value);
    if (node?.kind !== Kind.VARIABLE) return null;
    const name = node.name.value;
    if (name in variables) return typeof variables[name] === 'number' ? (variables[name] as number) : null;
    return intValue(declaredDefaults.get(name));
  };

  const pageOf = (field: FieldNode, arg: GraphQLArgument): number => {
    const given = intValue(field.arguments?.find((a) => a.name.value === arg.name)?.value);
    const max = PAGE_MAX[arg.name];
    if (given !== null && max !== undefined && (given < 1 || given > max)) pageOutOfRange ??= { argument: arg.name, max };
    const fallback = typeof arg.defaultValue === 'number' ? arg.defaultValue : DEFAULT_PAGE;
    return Math.max(given ?? fallback, 1);
  };

  const measureFragment = (name: string, page: number | null): OperationMeasure | null => {
    const fragment = fragments[name];
    const key = `${name}:${page}`;
    if (!fragment || inProgress.has(name)) return null;
    let measure = measured.get(key);
    if (!measure) {
      inProgress.add(name);
      measure = measureSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), page);
      inProgress.delete(name);
      measured.set(key, measure);
    }
    return measure;
  };

  const measureField = (field: FieldNode, parent: GraphQLNamedType | undefined, inheritedPage: number | null): OperationMeasure => {
    const aliases = field.alias ? 1 : 0;
    if (!field.selectionSet) return { depth: 1, aliases, cost: COST_WEIGHTS.scalar };
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
    const type = definition && getNamedType(definition.type);
    const isList = !!definition && isListType(getNullableType(definition.type));
    const pageArg = definition?.args.find((a) => PAGE_ARGS.has(a.name));
    const page = pageArg ? pageOf(field, pageArg) : null;
    const inner = measureSet(field.selectionSet, INTROSPECTION_FIELDS.has(field.name.value) ? undefined : type, isList ? null : page);
    if (INTROSPECTION_FIELDS.has(field.name.value)) {
      const cost = introspectionCost(schema, field, fragments, variables, costCap);
      return { depth: inner.depth + 1, aliases: aliases + inner.aliases, cost };
    }
    if (isLeafType(type)) return { depth: inner.depth + 1, aliases: aliases + inner.aliases, cost: COST_WEIGHTS.scalar };
    const items = isList && parent ? (page ?? inheritedPage ?? listBound(parent.name, field.name.value)) : 1;
    const cost = (pageArg ? COST_WEIGHTS.pageFetch : 0) + items * (COST_WEIGHTS.object + inner.cost);
    return { depth: inner.depth + 1, aliases: aliases + inner.aliases, cost };
  };

  /** `depth` counts the levels of fields from this selection set down, itself included. */
  const measureSet = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, page: number | null): OperationMeasure => {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    for (const selection of set.selections) {
      let inner: OperationMeasure | null;
      if (selection.kind === Kind.FIELD) {
        inner =
          selection.name.value === '__typename'
            ? { depth: 1, aliases: selection.alias ? 1 : 0, cost: 0 }
            : measureField(selection, parent, page);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const narrowed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        inner = measureSet(selection.selectionSet, narrowed, page);
      } else {
        inner = measureFragment(selection.name.value, page);
      }
      if (!inner) continue;
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      cost = Math.min(cost + inner.cost, Number.MAX_SAFE_INTEGER);
    }
    return { depth, aliases, cost };
  };

  const rootType = schema.getRootType(operation.operation) ?? undefined;
  return { ...measureSet(operation.selectionSet, rootType, null), pageOutOfRange };
}
