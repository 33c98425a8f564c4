import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { assertWithinLimits } from './operation-limits';

/** Applies the operation limits to every HTTP operation once it is parsed and its variables are known. */
export const operationLimitsPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operationName, request }) {
        assertWithinLimits(document, operationName, request.variables);
      },
    };
  },
});
