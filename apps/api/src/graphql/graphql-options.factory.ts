import { ApolloDriverConfig } from '@nestjs/apollo';
import { AccessTokenService } from '@kindling/auth';
import { AppConfig } from '@kindling/config';
import { GraphQLError, parse } from 'graphql';
import { bearerToken, createContextFactory, viewerFromToken } from './context/graphql-context';
import { Viewer } from './context/viewer';
import { ApiErrorCode } from './errors/api-error-code';
import { formatGraphQLError } from './errors/format-error';
import { explorerPlugin } from './explorer/explorer.plugin';
import { assertWithinLimits } from './limits/operation-limits';
import { operationLimitsPlugin } from './limits/operation-limits.plugin';

export const GRAPHQL_PATH = '/graphql';

/** The Apollo driver configuration: one place for limits, errors, context and the socket handshake. */
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
    context: createContextFactory(tokens),
    formatError: formatGraphQLError,
    plugins: [operationLimitsPlugin(), ...(config.isProduction ? [] : [explorerPlugin(GRAPHQL_PATH)])],
    subscriptions: {
      'graphql-ws': {
        path: GRAPHQL_PATH,
        connectionInitWaitTimeout: 3_000,
        // Returning false closes the socket with 4403 Forbidden.
        onConnect: async (ctx) => {
          const viewer = await viewerFromToken(tokens, bearerToken(ctx.connectionParams?.authorization));
          if (!viewer) return false;
          (ctx.extra as { viewer?: Viewer }).viewer = viewer;
          return true;
        },
        onSubscribe: (_ctx, _id, payload) => {
          try {
            assertWithinLimits(parse(payload.query), payload.operationName, payload.variables ?? undefined);
          } catch (error) {
            if (error instanceof GraphQLError) {
              return [
                new GraphQLError(error.message, { extensions: { code: error.extensions.code ?? ApiErrorCode.GRAPHQL_VALIDATION_FAILED } }),
              ];
            }
            // A syntax error: graphql-ws reports it itself once it parses the query.
          }
          return undefined;
        },
      },
    },
  };
}
