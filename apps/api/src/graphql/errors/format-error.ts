import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainException } from '@kindling/core';
import { GraphQLFormattedError } from 'graphql';
import { TOKEN_EXPIRED } from '../context/token-expired';
import { ApiErrorCode } from './api-error-code';
import { DOMAIN_ERROR_MAP } from './domain-error-map';
import { isOutage } from './outage';

const logger = new Logger('GraphQLErrors');

/** Codes graphql-js and Apollo produce themselves before any resolver runs; passed through as they are. */
const PROTOCOL_CODES = new Set<string>([
  ApiErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApiErrorCode.BAD_USER_INPUT,
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const OUTAGE_RETRY_AFTER_SECONDS = 2;

/**
 * The one error mapper. Feature exceptions become their contract code with
 * the field at fault; anything unexpected becomes INTERNAL_SERVER_ERROR with
 * a generic message (marked UNAVAILABLE with a retryAfter when Postgres or Redis
 * is unreachable). No stack trace, SQL or internal message leaves the server.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainException) {
    const code = DOMAIN_ERROR_MAP[original.feature]?.[original.code];
    if (code) {
      return {
        ...base,
        message: original.message,
        // Details first: a detail named code, reason or field never overrides the mapped ones.
        extensions: { ...original.details, code, reason: original.code, ...(original.field && { field: original.field }) },
      };
    }
  }

  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PROTOCOL_CODES.has(code) && !(original instanceof DomainException)) {
    const known = code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST' ? ApiErrorCode.GRAPHQL_VALIDATION_FAILED : code;
    const { limit, value, max, reason, field } = formatted.extensions ?? {};
    return {
      ...base,
      extensions: { code: known, ...(limit !== undefined && { limit, value, max }), ...(typeof field === 'string' && { reason, field }) },
    };
  }
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
    // The one reason kept: an expired access token (thrown by the context), which clients refresh on.
    const reason = formatted.extensions?.reason === TOKEN_EXPIRED ? { reason: TOKEN_EXPIRED } : {};
    return { ...base, extensions: { code, ...reason } };
  }

  if (isOutage(original)) {
    logger.warn({ err: original, path: formatted.path }, 'GraphQL operation failed: a datastore is unreachable');
    // Still INTERNAL_SERVER_ERROR (the contract's codes), but a client can tell it is temporary and when to retry.
    return {
      ...base,
      message: 'Kindling is briefly unavailable; retry shortly',
      extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR, reason: 'UNAVAILABLE', retryAfter: OUTAGE_RETRY_AFTER_SECONDS },
    };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
  return { ...base, message: 'Internal server error', extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR } };
}
