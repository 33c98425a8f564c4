import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainException } from '@kindling/core';
import { ApiErrorCode } from '../graphql/errors/api-error-code';
import { DOMAIN_ERROR_MAP } from '../graphql/errors/domain-error-map';
import { isOutage } from '../graphql/errors/outage';
import { CsrfRefusal } from './csrf.guard';

const STATUS: Partial<Record<ApiErrorCode, number>> = {
  [ApiErrorCode.BAD_USER_INPUT]: 400,
  [ApiErrorCode.UNAUTHENTICATED]: 401,
  [ApiErrorCode.FORBIDDEN]: 403,
  [ApiErrorCode.NOT_FOUND]: 404,
  [ApiErrorCode.CONFLICT]: 409,
  [ApiErrorCode.RATE_LIMITED]: 429,
};

interface RestError {
  status: number;
  message: string;
  extensions: Record<string, unknown>;
}

/** The GraphQL error shape over REST: the web app shows both with one helper. */
export function restError(error: unknown): RestError {
  if (error instanceof CsrfRefusal) {
    return { status: 403, message: error.message, extensions: { code: ApiErrorCode.FORBIDDEN, reason: 'CSRF' } };
  }
  if (error instanceof DomainException) {
    const code = DOMAIN_ERROR_MAP[error.feature]?.[error.code];
    if (code) {
      const extensions = { ...error.details, code, reason: error.code, ...(error.field && { field: error.field }) };
      return { status: STATUS[code] ?? 500, message: error.message, extensions };
    }
  }
  if (isOutage(error)) {
    const extensions = { code: ApiErrorCode.INTERNAL_SERVER_ERROR, reason: 'UNAVAILABLE', retryAfter: 2 };
    return { status: 503, message: 'Kindling is briefly unavailable; retry shortly', extensions };
  }
  return { status: 500, message: 'Internal server error', extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR } };
}

@Catch()
export class RestErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('WebSession');

  catch(error: unknown, host: ArgumentsHost): void {
    const { status, message, extensions } = restError(error);
    if (status === 500) this.logger.error({ err: error }, 'unexpected error in a browser-session request');
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (typeof extensions.retryAfter === 'number') void reply.header('retry-after', String(extensions.retryAfter));
    void reply
      .status(status)
      .header('cache-control', 'no-store')
      .send({ errors: [{ message, extensions }] });
  }
}
