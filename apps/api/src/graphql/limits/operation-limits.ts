import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
  visit,
} from 'graphql';
import { ApiErrorCode } from '../errors/api-error-code';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Directives in the whole document (operations and fragments, each written occurrence once). */
  maxDirectives: number;
}

export const OPERATION_LIMITS: OperationLimits = { maxDepth: 10, maxAliases: 15, maxCost: 10_000, maxDirectives: 10 };

/** Lexical tokens graphql-js parses before giving up (`parse(source, { maxTokens })`), on HTTP and WebSocket alike. */
export const MAX_TOKENS = 5_000;

/** Every directive written in the document: `@include`/`@skip` floods are cheap to send and costly to validate. */
export function countDirectives(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Directive() {
      count += 1;
    },
  });
  return count;
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * List fields fetch `first`/`limit` items: their sub-selection is paid that
 * many times. A connection (it selects `nodes` or `edges`) without `first`
 * fetches the default page of 20, and is paid as such.
 */
const PAGE_ARGS = new Set(['first', 'limit']);
const DEFAULT_PAGE = 20;
const PAGE_FIELDS = new Set(['nodes', 'edges']);

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
 * expanded. Each fragment is measured once and reused wherever it is spread,
 * so a document whose fragments spread each other many times over (2^n paths)
 * costs linear time to measure, not exponential; a fragment spread inside
 * itself (a cycle, which validation rejects later) counts as empty.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const measured = new Map<string, OperationMeasure>();
  const inProgress = new Set<string>();

  /** Whether a field's selection reads a page of a connection, looking through fragments. */
  const selectsPage = (set: SelectionSetNode, seen: Set<string> = new Set()): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return PAGE_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return selectsPage(s.selectionSet, seen);
      const fragment = fragments[s.name.value];
      if (!fragment || seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return selectsPage(fragment.selectionSet, seen);
    });

  const measureFragment = (name: string): OperationMeasure | null => {
    const fragment = fragments[name];
    if (!fragment || inProgress.has(name)) return null;
    let measure = measured.get(name);
    if (!measure) {
      inProgress.add(name);
      measure = measureSet(fragment.selectionSet);
      inProgress.delete(name);
      measured.set(name, measure);
    }
    return measure;
  };

  /** `depth` counts the levels of fields from this selection set down, itself included. */
  const measureSet = (set: SelectionSetNode): OperationMeasure => {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        if (!selection.selectionSet) {
          depth = Math.max(depth, 1);
          cost += selection.name.value === '__typename' ? 0 : 1;
          continue;
        }
        const pageArg = selection.arguments?.find((a) => PAGE_ARGS.has(a.name.value));
        const pages = pageArg
          ? (intValue(pageArg.value, variables) ?? DEFAULT_PAGE)
          : selectsPage(selection.selectionSet)
            ? DEFAULT_PAGE
            : 1;
        const inner = measureSet(selection.selectionSet);
        depth = Math.max(depth, inner.depth + 1);
        aliases += inner.aliases;
        cost += 1 + Math.max(pages, 1) * inner.cost;
      } else {
        const inner = selection.kind === Kind.INLINE_FRAGMENT ? measureSet(selection.selectionSet) : measureFragment(selection.name.value);
        if (!inner) continue;
        depth = Math.max(depth, inner.depth);
        aliases += inner.aliases;
        cost += inner.cost;
      }
    }
    return { depth, aliases, cost };
  };

  return measureSet(operation.selectionSet);
}

/** `__schema` / `__type` only: introspection is deep by nature (and off in production). `__typename` is not exempt. */
const isIntrospectionOnly = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'));

/** Throws GRAPHQL_VALIDATION_FAILED when the document has too many directives or the operation is too deep, too aliased or too expensive. */
export function assertWithinLimits(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  limits: OperationLimits = OPERATION_LIMITS,
): void {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return;
  const fail = (message: string, limit: string, value: number, max: number) =>
    // A client error: HTTP 400 like graphql-js validation failures (Apollo answers 500 for a plugin error without a status).
    new GraphQLError(message, { extensions: { code: ApiErrorCode.GRAPHQL_VALIDATION_FAILED, limit, value, max, http: { status: 400 } } });
  const directives = countDirectives(document);
  if (directives > limits.maxDirectives)
    throw fail(`Query uses ${directives} directives; at most ${limits.maxDirectives}`, 'directives', directives, limits.maxDirectives);
  if (isIntrospectionOnly(operation)) return;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const measure = measureOperation(operation, fragments, variables);
  if (measure.depth > limits.maxDepth)
    throw fail(`Query depth ${measure.depth} exceeds ${limits.maxDepth}`, 'depth', measure.depth, limits.maxDepth);
  if (measure.aliases > limits.maxAliases)
    throw fail(`Query uses ${measure.aliases} aliases; at most ${limits.maxAliases}`, 'aliases', measure.aliases, limits.maxAliases);
  if (measure.cost > limits.maxCost)
    throw fail(`Query cost ${measure.cost} exceeds ${limits.maxCost}`, 'cost', measure.cost, limits.maxCost);
}
