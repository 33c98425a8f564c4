import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { Logger } from 'nestjs-pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request id: the caller's X-Request-Id when it is sane, else a new UUID. */
export function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Echoes the request id on every response and logs each request once it is answered (health probes excepted). */
export function registerRequestLogging(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith('/health')) return;
    logger.log(
      {
        reqId: request.id,
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        responseTime: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
  });
}

/**
 * Lets keep-alive clients go once shutdown starts: responses then carry
 * `Connection: close`, and idle sockets are reaped as they appear (Fastify
 * answers requests that arrive while closing with a 503 that leaves the
 * socket open, so a busy client could otherwise hold the server open).
 */
export function releaseConnectionsOnClose(fastify: FastifyInstance): void {
  let closing = false;
  let reaper: NodeJS.Timeout | undefined;
  fastify.addHook('preClose', async () => {
    closing = true;
    reaper = setInterval(() => fastify.server.closeIdleConnections(), 50).unref();
  });
  fastify.addHook('onSend', async (_request, reply) => {
    if (closing) void reply.header('connection', 'close');
  });
  fastify.addHook('onClose', async () => clearInterval(reaper));
}
