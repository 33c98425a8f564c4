import { AppConfig } from '@kindling/config';
import { Params } from 'nestjs-pino';

/**
 * Pino JSON logs for the application. Request logs and request ids are done
 * with Fastify hooks (logging/request-logging.ts): nestjs-pino's pino-http
 * middleware is never reached under the Fastify adapter here, so it is off.
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    forRoutes: [],
    pinoHttp: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
  };
}
