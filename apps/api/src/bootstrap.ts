import { fastifyCookie } from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@kindling/config';
import { AppModule, ApiModuleOptions } from './app.module';
import { registerWebApp } from './web/web-app';
import { registerRequestLogging, releaseConnectionsOnClose, requestId } from './logging/request-logging';

export const MAX_BODY_BYTES = 1024 * 1024;
const SHUTDOWN_GRACE_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** Builds the API application exactly as production runs it; tests call this too. */
export async function createApiApp(options: ApiModuleOptions = {}): Promise<NestFastifyApplication> {
  const config = options.config ?? AppConfig.fromEnv();
  const adapter = new FastifyAdapter({
    bodyLimit: MAX_BODY_BYTES,
    // false, or TRUSTED_PROXIES: X-Forwarded-For is read right to left, the client is the first hop not in the list.
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: requestId,
    requestTimeout: REQUEST_TIMEOUT_MS, // a client that trickles its request in is cut off
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register({ ...options, config }), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  await app.register(fastifyCookie); // reads and sets the browser session cookie (web-session/)
  registerRequestLogging(app.getHttpAdapter().getInstance(), app.get(Logger));
  releaseConnectionsOnClose(app.getHttpAdapter().getInstance());
  registerWebApp(app.getHttpAdapter().getInstance(), config);
  app.enableCors({ origin: config.corsOrigin ? config.corsOrigin.split(',') : !config.isProduction, credentials: false });
  // Exit 0 once closed, instead of re-raising the signal (which reads as a crash to supervisors).
  app.enableShutdownHooks([], { useProcessExit: true });
  return app;
}

/**
 * On SIGTERM/SIGINT Nest's shutdown hooks close the app (stop accepting,
 * finish in-flight requests, close sockets, queues and pools); this bounds it.
 */
export function forceExitAfterSignal(ms = SHUTDOWN_GRACE_MS): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), ms).unref());
  }
}
