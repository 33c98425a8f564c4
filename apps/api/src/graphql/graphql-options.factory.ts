import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { AccessTokenService } from '@kindling/auth';
import { AppConfig } from '@kindling/config';
import { createContextFactory } from './context/graphql-context';
import { formatGraphQLError } from './errors/format-error';
import { explorerPlugin } from './explorer/explorer.plugin';
import { applyExecutionBudget } from './limits/execution-budget';
import { executionBudgetPlugin } from './limits/execution-budget.plugin';
import { MAX_TOKENS, MAX_VALIDATION_ERRORS } from './limits/operation-limits';
import { operationLimitsPlugin } from './limits/operation-limits.plugin';
import { guardArguments } from './validation/argument-guard';

export const GRAPHQL_PATH = '/graphql';

/** The Apollo driver configuration (HTTP). WebSocket subscriptions are served by realtime/subscription-server.ts. */
export function graphqlOptions(config: AppConfig, tokens: AccessTokenService): ApolloDriverConfig {
  return {
    path: GRAPHQL_PATH,
    autoSchemaFile: true, // in memory; apps/api/schema.graphql is written by `npm run schema:generate`
    sortSchema: true,
    graphiql: false,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
    context: createContextFactory(tokens),
    formatError: formatGraphQLError,
    // guardArguments: NUL characters and malformed ids in any argument are BAD_USER_INPUT. The execution budget (deadline,
    // field count) wraps the resolvers outermost, so it holds over WebSocket too: the socket serves this same schema.
    transformSchema: (schema) => applyExecutionBudget(guardArguments(schema)),
    // Apollo's default cache-control plugin hooks every field (we send no cache hints): off, it costs a third of a large answer.
    plugins: [
      ApolloServerPluginCacheControlDisabled() as never, // the CJS build's type; Apollo recognises it by its plugin id
      operationLimitsPlugin(),
      executionBudgetPlugin(),
      ...(config.isProduction ? [] : [explorerPlugin(GRAPHQL_PATH)]),
    ],
  };
}
