import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { GraphQLError } from 'graphql';

/** How long one HTTP operation may run before its remaining fields are refused. */
export const REQUEST_DEADLINE_MS = 20_000;

/**
 * A per-request time limit. graphql-js cannot cancel a resolver in flight, so
 * once the deadline has passed every field that has not started yet fails
 * instead of running: the operation winds down at the next field boundary and
 * answers with what it has. A single slow SQL statement is bounded by the
 * Postgres statement_timeout (15 s) underneath.
 */
export const requestDeadlinePlugin = (deadlineMs: number = REQUEST_DEADLINE_MS): ApolloServerPlugin => ({
  async requestDidStart() {
    const deadline = performance.now() + deadlineMs;
    return {
      async executionDidStart() {
        return {
          willResolveField() {
            if (performance.now() > deadline) throw new GraphQLError(`The operation ran longer than ${deadlineMs} ms`);
          },
        };
      },
    };
  },
});
