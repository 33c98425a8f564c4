import {
  defaultFieldResolver,
  getNullableType,
  GraphQLError,
  GraphQLFieldResolver,
  GraphQLSchema,
  isListType,
  isObjectType,
} from 'graphql';
import { ApiErrorCode } from '../errors/api-error-code';

export interface ExecutionLimits {
  /** How long one operation (one event of a subscription) may run. */
  deadlineMs: number;
  /** Fields resolved per operation (scalars, objects and list items alike): bounds the response size. */
  maxResolvedFields: number;
  /** An operation running longer gives the event loop a turn this often, so health checks and other requests are answered. */
  turnEveryMs: number;
}

export const EXECUTION_LIMITS: ExecutionLimits = { deadlineMs: 20_000, maxResolvedFields: 200_000, turnEveryMs: 200 };

const DRAIN_BATCH = 250;

/** The `limit` values of the errors raised while an operation runs (the others are refused before it runs). */
export const RUNTIME_LIMITS = new Set(['deadline', 'resolvedFields']);

class OperationBudget {
  private fields = 0;
  private checks = 0;
  private refusal: GraphQLError | null = null;
  private readonly started = performance.now();

  constructor(private readonly limits: ExecutionLimits) {}

  /** Counts one field; the refusal once a limit is passed (the same one for every later field). */
  charge(): GraphQLError | null {
    if (this.refusal) return this.refusal;
    this.fields += 1;
    const { maxResolvedFields } = this.limits;
    if (this.fields > maxResolvedFields)
      this.refusal = runtimeError(
        `The answer would hold more than ${maxResolvedFields} fields`,
        'resolvedFields',
        this.fields,
        maxResolvedFields,
      );
    return this.check();
  }

  /** The refusal once a limit is passed, without counting a field. The clock is read on every 64th call only. */
  check(): GraphQLError | null {
    if (this.refusal) return this.refusal;
    this.checks += 1;
    if (this.checks % 64 !== 0) return null;
    const elapsed = Math.round(performance.now() - this.started);
    if (elapsed > this.limits.deadlineMs)
      this.refusal = runtimeError(
        `The operation ran longer than ${this.limits.deadlineMs} ms`,
        'deadline',
        elapsed,
        this.limits.deadlineMs,
      );
    return this.refusal;
  }

  /**
   * Runs a resolver now, or queues it for the next turn of the event loop:
   * an operation that has run `turnEveryMs` since its last turn hands one out,
   * and while resolvers are queued every new one queues behind them (deferring
   * one alone would not do: graphql-js carries on with all the others in the
   * same run of microtasks). Each turn runs the next batch of the queue. An
   * operation shorter than `turnEveryMs` never waits.
   */
  run<T>(resolver: () => T): T | Promise<T> {
    return this.mustWait() ? this.defer(resolver) : resolver();
  }

  /** Queues a resolver (or a list item) for a later turn. */
  defer<T>(resolver: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push(() => {
        try {
          resolve(resolver());
        } catch (error) {
          reject(error as Error);
        }
      });
      if (this.queue.length === 1) setImmediate(() => this.drain());
    });
  }

  /** Whether a resolver or list item must go through the queue now. */
  mustWait(): boolean {
    return this.queue.length > 0 || this.turnDue();
  }

  private turnDue(): boolean {
    this.runs += 1;
    return this.runs % 64 === 0 && performance.now() - this.lastTurn > this.limits.turnEveryMs;
  }

  /** Runs the next resolvers of the queue: a bounded batch, since graphql-js completes their answers in the microtasks that follow. */
  private drain(): void {
    this.lastTurn = performance.now();
    const batch = this.queue.splice(0, DRAIN_BATCH);
    if (this.queue.length > 0) setImmediate(() => this.drain());
    for (const run of batch) run();
  }

  private runs = 0;
  private lastTurn = performance.now();
  private readonly queue: Array<() => void> = [];
}

const runtimeError = (message: string, limit: string, value: number, max: number) =>
  new GraphQLError(message, { extensions: { code: ApiErrorCode.GRAPHQL_VALIDATION_FAILED, limit, value, max } });

/** One budget per operation: HTTP and graphql-ws both build a fresh context object for each. */
const budgets = new WeakMap<object, OperationBudget>();

/**
 * Wraps every field resolver of the schema (in place) with the operation's
 * deadline and field budget, for HTTP and WebSocket alike. graphql-js cannot
 * cancel a resolver in flight, so past a limit every field not yet started is
 * refused instead of run, and the operation winds down at once. The refusal
 * is a rejected promise, never a synchronous throw: graphql-js 16 abandons a
 * list whose item throws synchronously, leaving its earlier items' promises to
 * reject unobserved, which crashed the process (unhandled rejection).
 */
export function applyExecutionBudget(schema: GraphQLSchema, limits: ExecutionLimits = EXECUTION_LIMITS): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()))
      field.resolve = budgeted(field.resolve ?? defaultFieldResolver, isListType(getNullableType(field.type)), limits);
  }
  return schema;
}

function budgeted(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  isList: boolean,
  limits: ExecutionLimits,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    if (typeof context !== 'object' || context === null) return resolve(source, args, context, info);
    let budget = budgets.get(context);
    // A subscription runs the whole operation again for each event, starting at its root field.
    if (!budget || (info.operation.operation === 'subscription' && !info.path.prev)) {
      budget = new OperationBudget(limits);
      budgets.set(context, budget);
    }
    const refusal = budget.charge();
    if (refusal) return Promise.reject(refusal);
    const result = budget.run(() => resolve(source, args, context, info));
    if (!isList) return result;
    return isPromise(result) ? result.then((items) => guardedItems(items, budget)) : guardedItems(result, budget);
  };
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

/**
 * A list's items, handed to graphql-js one by one while the budget holds;
 * once it has passed, one refused item ends the list (it fails as a whole).
 * Without this, a list that arrived before the limit passed would still be
 * completed item by item: millions of refusals for the roadmap DAG.
 */
function guardedItems(items: unknown, budget: OperationBudget): unknown {
  if (!Array.isArray(items)) return items;
  return (function* (): Generator<unknown, void, unknown> {
    for (const item of items) {
      const refusal = budget.check();
      if (refusal) {
        yield Promise.reject(refusal);
        return;
      }
      // Items wait their turn too: completing a long list's items is itself the work a turn must interrupt.
      yield budget.mustWait() ? budget.defer(() => item) : item;
    }
  })();
}

/** Several fields may fail on the same passed limit; the client is told once. */
export function collapseRuntimeLimitErrors<E extends { extensions?: Record<string, unknown> }>(errors: readonly E[]): E[] {
  let reported = false;
  return errors.filter((error) => {
    if (!RUNTIME_LIMITS.has(error.extensions?.limit as string)) return true;
    if (reported) return false;
    reported = true;
    return true;
  });
}
