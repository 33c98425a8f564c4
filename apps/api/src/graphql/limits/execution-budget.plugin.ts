import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { collapseRuntimeLimitErrors } from './execution-budget';

/** HTTP side of the execution budget (execution-budget.ts): one error per passed limit in the response. */
export const executionBudgetPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors)
          response.body.singleResult.errors = collapseRuntimeLimitErrors(response.body.singleResult.errors);
      },
    };
  },
});
