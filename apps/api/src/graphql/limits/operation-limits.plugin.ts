import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { assertWithinLimits } from './operation-limits';

/** Applies the operation limits to every HTTP operation once it is validated and its variables are known. */
export const operationLimitsPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operationName, request }) {
        assertWithinLimits(schema, document, operationName, request.variables);
      },
    };
  },
});
