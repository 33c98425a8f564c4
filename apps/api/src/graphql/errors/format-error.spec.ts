import { Logger } from '@nestjs/common';
import { DomainException } from '@kindling/core';
import { SocialGraphErrorCode, SocialGraphException } from '@kindling/social-graph';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { formatGraphQLError } from './format-error';
import { InputValidationException } from './input-validation.exception';

/** What Apollo hands formatError for an error thrown in a resolver: the formatted error and the wrapping GraphQLError. */
function fromResolver(original: Error, extensions: Record<string, unknown> = {}): [GraphQLFormattedError, unknown] {
  const wrapped = new GraphQLError(original.message, { path: ['follow'], originalError: original, extensions });
  const formatted: GraphQLFormattedError = {
    message: original.message,
    locations: [{ line: 1, column: 12 }],
    path: ['follow'],
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      stacktrace: (original.stack ?? '').split('\n'),
      exception: { stacktrace: ['x'] },
      ...extensions,
    },
  };
  return [formatted, wrapped];
}

/** An error graphql-js or Apollo made itself (no resolver path). */
function protocolError(message: string, code: string): [GraphQLFormattedError, unknown] {
  const error = new GraphQLError(message, { extensions: { code } });
  return [
    {
      message,
      locations: [{ line: 1, column: 3 }],
      extensions: { code, stacktrace: ['GraphQLError: …', '    at validate (graphql.js:1:1)'] },
    },
    error,
  ];
}

class UnmappedException extends DomainException<'WHATEVER'> {
  readonly feature = 'no-such-feature';
}

const LEAKS = /stack|exception|at \w+ \(|SELECT|INSERT|node_modules|\.ts:\d+/i;

describe('formatGraphQLError', () => {
  let logged: jest.SpyInstance;
  let warned: jest.SpyInstance;
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    logged.mockRestore();
    warned.mockRestore();
  });

  it.each([
    [new SocialGraphException(SocialGraphErrorCode.SELF_RELATION, 'You cannot do that to yourself', 'userId'), 'BAD_USER_INPUT', 'userId'],
    [new SocialGraphException(SocialGraphErrorCode.MEMBER_NOT_FOUND, 'No such member', 'userId'), 'NOT_FOUND', 'userId'],
    [new SocialGraphException(SocialGraphErrorCode.BLOCKED, 'Blocked'), 'FORBIDDEN', undefined],
    [new InputValidationException('first', 'first must be between 1 and 100'), 'BAD_USER_INPUT', 'first'],
  ])('maps %p to its code and field', (exception, code, field) => {
    const result = formatGraphQLError(...fromResolver(exception));
    expect(result).toEqual({
      message: exception.message,
      locations: [{ line: 1, column: 12 }],
      path: ['follow'],
      extensions: { code, reason: exception.code, ...(field && { field }) },
    });
    expect(logged).not.toHaveBeenCalled();
  });

  it('passes safe details through but never lets them replace the code, reason or field', () => {
    const exception = new SocialGraphException(SocialGraphErrorCode.SELF_RELATION, 'no', 'userId', {
      retryAfter: 5,
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'spoofed',
      field: 'other',
    });
    expect(formatGraphQLError(...fromResolver(exception)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'SELF_RELATION',
      field: 'userId',
      retryAfter: 5,
    });
  });

  it.each([
    ['a plain Error', new Error('connect ECONNREFUSED 10.0.0.5:5432')],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
    [
      'a SQL error',
      Object.assign(new Error('duplicate key value violates unique constraint "follow_pkey"'), { query: 'INSERT INTO follow …' }),
    ],
    ['a feature exception nobody mapped', new UnmappedException('WHATEVER', 'internal detail')],
  ])('turns %s into INTERNAL_SERVER_ERROR with a generic message, logged server-side', (_, error) => {
    const result = formatGraphQLError(...fromResolver(error));
    expect(result).toEqual({
      message: 'Internal server error',
      locations: [{ line: 1, column: 12 }],
      path: ['follow'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(LEAKS);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
  it.each([
    ['Postgres refusing connections', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['Postgres shutting down (57P01)', withCode('terminating connection due to administrator command', '57P01')],
    ['a lost Postgres connection (08006)', withCode('connection failure', '08006')],
    ['TypeORM wrapping a driver error', Object.assign(new Error('QueryFailedError'), { driverError: withCode('x', '57P03') })],
    ['an error caused by an unreachable server', new Error('could not load', { cause: withCode('read ECONNRESET', 'ECONNRESET') })],
    ['the pg pool', new Error('timeout exceeded when trying to connect')],
    [
      'ioredis giving up',
      Object.assign(new Error('Reached the max retries per request limit (which is 1).'), { name: 'MaxRetriesPerRequestError' }),
    ],
    ['ioredis timing out', new Error('Command timed out')],
  ])('marks %s as a temporary outage a client may retry, without internals', (_, error) => {
    const result = formatGraphQLError(...fromResolver(error));
    expect(result).toEqual({
      message: 'Kindling is briefly unavailable; retry shortly',
      locations: [{ line: 1, column: 12 }],
      path: ['follow'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'UNAVAILABLE', retryAfter: 2 },
    });
    expect(JSON.stringify(result)).not.toMatch(LEAKS);
    expect(warned).toHaveBeenCalledTimes(1); // logged server-side, as a warning: the readiness probe already reports the outage
  });

  it.each([
    ['a statement timeout (57014)', withCode('canceling statement due to statement timeout', '57014')],
    ['a unique violation (23505)', withCode('duplicate key value violates unique constraint', '23505')],
  ])('does not mistake %s for an outage', (_, error) => {
    expect(formatGraphQLError(...fromResolver(error)).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it.each([
    ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED'],
    ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'],
    ['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'],
    ['BAD_USER_INPUT', 'BAD_USER_INPUT'],
    ['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND'],
  ])('passes the protocol code %s through as %s, without a stack', (code, expected) => {
    const result = formatGraphQLError(...protocolError('Cannot query field "mee" on type "Query".', code));
    expect(result).toEqual({
      message: 'Cannot query field "mee" on type "Query".',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: expected },
    });
    expect(logged).not.toHaveBeenCalled();
  });

  it('keeps UNAUTHENTICATED and FORBIDDEN raised outside the feature exceptions', () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN']) {
      expect(formatGraphQLError(...protocolError('Not allowed', code)).extensions).toEqual({ code });
    }
  });

  it('treats an unknown code as internal', () => {
    const result = formatGraphQLError(...protocolError('weird', 'SOMETHING_ELSE'));
    expect(result).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
