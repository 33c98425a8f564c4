import { DocumentNode, FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, ValueNode } from 'graphql';
import { ApiErrorCode } from '../errors/api-error-code';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const OPERATION_LIMITS: OperationLimits = { maxDepth: 10, maxAliases: 15, maxCost: 10_000 };

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/** List fields fetch `first`/`limit` items (default 20): their sub-selection is paid that many times. */
const PAGE_ARGS = new Set(['first', 'limit']);
const DEFAULT_PAGE = 20;

function intValue(node: ValueNode, variables: Record<string, unknown>): number | null {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

/**
 * Depth, alias count and estimated cost of one operation, with fragments
 * expanded (each fragment at most once per path, so cycles cannot loop).
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  let aliases = 0;
  let maxDepth = 0;

  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        maxDepth = Math.max(maxDepth, depth);
        if (!selection.selectionSet) {
          cost += selection.name.value === '__typename' ? 0 : 1;
          continue;
        }
        const pageArg = selection.arguments?.find((a) => PAGE_ARGS.has(a.name.value));
        const pages = pageArg ? (intValue(pageArg.value, variables) ?? DEFAULT_PAGE) : 1;
        cost += 1 + Math.max(pages, 1) * walk(selection.selectionSet, depth + 1, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(selection.selectionSet, depth, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue;
        cost += walk(fragment.selectionSet, depth, new Set(seen).add(name));
      }
    }
    return cost;
  };

  const cost = walk(operation.selectionSet, 1, new Set());
  return { depth: maxDepth, aliases, cost };
}

const isIntrospectionOnly = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));

/** Throws GRAPHQL_VALIDATION_FAILED when the operation is too deep, too aliased or too expensive. */
export function assertWithinLimits(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  limits: OperationLimits = OPERATION_LIMITS,
): void {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation || isIntrospectionOnly(operation)) return;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const measure = measureOperation(operation, fragments, variables);
  const fail = (message: string, limit: string, value: number, max: number) =>
    new GraphQLError(message, { extensions: { code: ApiErrorCode.GRAPHQL_VALIDATION_FAILED, limit, value, max } });
  if (measure.depth > limits.maxDepth)
    throw fail(`Query depth ${measure.depth} exceeds ${limits.maxDepth}`, 'depth', measure.depth, limits.maxDepth);
  if (measure.aliases > limits.maxAliases)
    throw fail(`Query uses ${measure.aliases} aliases; at most ${limits.maxAliases}`, 'aliases', measure.aliases, limits.maxAliases);
  if (measure.cost > limits.maxCost)
    throw fail(`Query cost ${measure.cost} exceeds ${limits.maxCost}`, 'cost', measure.cost, limits.maxCost);
}
