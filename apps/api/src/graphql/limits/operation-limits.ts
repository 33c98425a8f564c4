import { DocumentNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, visit } from 'graphql';
import { ApiErrorCode } from '../errors/api-error-code';
import { measureOperation } from './operation-cost';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  /** Worst-case cost (operation-cost.ts): about the number of objects the answer can hold. */
  maxCost: number;
  /** Directives in the whole document (operations and fragments, each written occurrence once). */
  maxDirectives: number;
  /** Times one selection set may select the same field (or spread the same fragment): duplicates only cost validation time. */
  maxFieldRepeats: number;
}

export const OPERATION_LIMITS: OperationLimits = { maxDepth: 10, maxAliases: 15, maxCost: 50_000, maxDirectives: 10, maxFieldRepeats: 10 };

/** Lexical tokens graphql-js parses before giving up (`parse(source, { maxTokens })`), on HTTP and WebSocket alike. */
export const MAX_TOKENS = 5_000;

/** Validation errors reported before graphql-js gives up with one "too many errors" (so at most 6 come back). */
export const MAX_VALIDATION_ERRORS = 5;

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

/** The most times any selection set of the document selects one response key (or spreads one fragment). */
export function maxFieldRepeats(document: DocumentNode): number {
  let max = 0;
  visit(document, {
    SelectionSet(set) {
      const seen = new Map<string, number>();
      for (const s of set.selections) {
        const key = s.kind === Kind.FIELD ? (s.alias ?? s.name).value : s.kind === Kind.FRAGMENT_SPREAD ? `...${s.name.value}` : null;
        if (key === null) continue;
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        max = Math.max(max, count);
      }
    },
  });
  return max;
}

/** `__schema` / `__type` only: introspection is deep by nature, so depth is not counted for it (aliases and cost are). */
const isIntrospectionOnly = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'));

/** A client error: HTTP 400 like graphql-js validation failures (Apollo answers 500 for a plugin error without a status). */
export const limitError = (message: string, limit: string, value: number, max: number) =>
  new GraphQLError(message, { extensions: { code: ApiErrorCode.GRAPHQL_VALIDATION_FAILED, limit, value, max, http: { status: 400 } } });

/** Throws GRAPHQL_VALIDATION_FAILED when the document has too many directives or the operation is too deep, too aliased or too expensive. */
export function assertWithinLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  limits: OperationLimits = OPERATION_LIMITS,
): void {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return;
  const directives = countDirectives(document);
  if (directives > limits.maxDirectives)
    throw limitError(
      `Query uses ${directives} directives; at most ${limits.maxDirectives}`,
      'directives',
      directives,
      limits.maxDirectives,
    );
  const repeats = maxFieldRepeats(document);
  if (repeats > limits.maxFieldRepeats)
    throw limitError(
      `Query selects one field ${repeats} times; at most ${limits.maxFieldRepeats}`,
      'fieldRepeats',
      repeats,
      limits.maxFieldRepeats,
    );
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const measure = measureOperation(schema, operation, fragments, variables ?? {}, limits.maxCost);
  if (measure.pageOutOfRange) {
    const { argument, max } = measure.pageOutOfRange;
    // The same refusal the args validators give, before a page too large to run is taken for an expensive query.
    throw new GraphQLError(`${argument} must be between 1 and ${max}`, {
      extensions: { code: ApiErrorCode.BAD_USER_INPUT, reason: 'INVALID_INPUT', field: argument, http: { status: 400 } },
    });
  }
  if (measure.depth > limits.maxDepth && !isIntrospectionOnly(operation))
    throw limitError(`Query depth ${measure.depth} exceeds ${limits.maxDepth}`, 'depth', measure.depth, limits.maxDepth);
  if (measure.aliases > limits.maxAliases)
    throw limitError(`Query uses ${measure.aliases} aliases; at most ${limits.maxAliases}`, 'aliases', measure.aliases, limits.maxAliases);
  if (measure.cost > limits.maxCost)
    throw limitError(`Query cost ${measure.cost} exceeds ${limits.maxCost}`, 'cost', measure.cost, limits.maxCost);
}
