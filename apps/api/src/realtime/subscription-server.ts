import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AccessTokenService } from '@kindling/auth';
import { AppConfig } from '@kindling/config';
import { GraphQLError, GraphQLFormattedError, parse } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { bearerToken, createContextFactory, viewerFromToken } from '../graphql/context/graphql-context';
import { Viewer } from '../graphql/context/viewer';
import { ApiErrorCode } from '../graphql/errors/api-error-code';
import { formatGraphQLError } from '../graphql/errors/format-error';
import { GRAPHQL_PATH } from '../graphql/graphql-options.factory';
import { assertWithinLimits, MAX_TOKENS } from '../graphql/limits/operation-limits';

export const MAX_FRAME_BYTES = 1024 * 1024;
const FORBIDDEN = 4403;

interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  viewer?: Viewer;
  expiry?: NodeJS.Timeout;
}

/**
 * graphql-ws on /graphql, run by us rather than by the driver so that frames
 * are capped at 1 MB, errors go through the same mapper as HTTP, the same
 * operation limits apply, and a socket closes (4403) the moment its access
 * token expires. Keep-alive pings drop dead clients; shutdown closes every
 * socket with 1001.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private dispose?: () => Promise<void>;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly tokens: AccessTokenService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
    const context = createContextFactory(this.tokens);
    const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatGraphQLError(e.toJSON(), e) as GraphQLFormattedError);
    const server = useServer<Record<string, unknown>, Partial<SocketExtra>>(
      {
        // GraphQLModule owns the schema host; it is not exported, hence the non-strict lookup.
        schema: this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema,
        isProd: this.config.isProduction,
        connectionInitWaitTimeout: 3_000,
        context: (ctx) => context({ connectionParams: ctx.connectionParams, extra: ctx.extra }),
        onConnect: async (ctx) => {
          const viewer = await viewerFromToken(this.tokens, bearerToken(ctx.connectionParams?.authorization));
          if (!viewer) return false;
          ctx.extra.viewer = viewer;
          const socket = ctx.extra.socket;
          ctx.extra.expiry = setTimeout(() => socket.close(FORBIDDEN, 'Forbidden'), viewer.tokenExpiresAt.getTime() - Date.now()).unref();
          return true;
        },
        onClose: (ctx) => clearTimeout(ctx.extra.expiry),
        onSubscribe: (_ctx, _id, payload) => {
          try {
            // Parsed here with the same token cap as HTTP; graphql-ws parses again (cheap: the document is known to be small).
            assertWithinLimits(parse(payload.query, { maxTokens: MAX_TOKENS }), payload.operationName, payload.variables ?? undefined);
          } catch (error) {
            if (!(error instanceof GraphQLError)) return undefined;
            return [new GraphQLError(error.message, { extensions: { code: ApiErrorCode.GRAPHQL_VALIDATION_FAILED } })];
          }
          return undefined;
        },
        onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : result),
        onError: (_ctx, _id, _payload, errors) => format(errors),
      },
      wss,
    );
    this.dispose = async () => {
      await server.dispose();
    };
    this.adapterHost.httpAdapter.getHttpServer().on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (new URL(request.url ?? '/', 'http://localhost').pathname !== GRAPHQL_PATH) return socket.destroy();
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.dispose?.();
  }
}
