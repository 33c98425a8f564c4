import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AccessTokenService, SessionRevocations } from '@kindling/auth';
import { AppConfig } from '@kindling/config';
import { PubSubService, Topics } from '@kindling/realtime';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { authenticate, bearerToken, createContextFactory } from '../graphql/context/graphql-context';
import { TOKEN_EXPIRED } from '../graphql/context/token-expired';
import { Viewer } from '../graphql/context/viewer';
import { ApiErrorCode } from '../graphql/errors/api-error-code';
import { formatGraphQLError } from '../graphql/errors/format-error';
import { GRAPHQL_PATH } from '../graphql/graphql-options.factory';
import { collapseRuntimeLimitErrors } from '../graphql/limits/execution-budget';
import { prepareSocketOperation } from '../graphql/limits/socket-operation';
import { socketClientAddress } from './socket-client-address';
import { MAX_OPERATIONS_PER_SOCKET, SocketRegistry, TOO_MANY } from './socket-registry';

export const MAX_FRAME_BYTES = 1024 * 1024;
const FORBIDDEN = 4403;
const SESSION_REVOKED = 'Session revoked';

interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  viewer?: Viewer;
  clientIp?: string;
  expiry?: NodeJS.Timeout;
}

/**
 * graphql-ws on /graphql, run by us rather than by the driver so that frames
 * are capped at 1 MB, errors go through the same mapper as HTTP, the same
 * operation limits apply, and a socket closes (4403) the moment its access
 * token expires or its session is revoked. A member holds at most
 * MAX_SOCKETS_PER_MEMBER sockets in this process and a socket at most
 * MAX_OPERATIONS_PER_SOCKET operations (4429 past either). Keep-alive pings
 * drop dead clients; shutdown closes every socket with 1001.
 */
@Injectable()
export class SubscriptionServer implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private dispose?: () => Promise<void>;
  private readonly sockets = new SocketRegistry<WebSocket>();
  private stopListening?: () => void;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly tokens: AccessTokenService,
    private readonly config: AppConfig,
    private readonly revocations: SessionRevocations,
    private readonly pubsub: PubSubService,
  ) {}

  /** A revoked session (logout, refresh-token reuse, on any API process) closes its sockets here with 4403. */
  onModuleInit(): void {
    this.stopListening = this.pubsub.listen(Topics.sessionRevoked(), ({ sessionId }) =>
      this.sockets.closeSession(sessionId, FORBIDDEN, SESSION_REVOKED),
    );
  }

  onApplicationBootstrap(): void {
    const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
    const context = createContextFactory(this.tokens);
    const clientAddress = socketClientAddress(this.config.trustProxy);
    const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatGraphQLError(e.toJSON(), e) as GraphQLFormattedError);
    // GraphQLModule owns the schema host; it is not exported, hence the non-strict lookup.
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    const server = useServer<Record<string, unknown>, Partial<SocketExtra>>(
      {
        schema,
        isProd: this.config.isProduction,
        connectionInitWaitTimeout: 3_000,
        context: (ctx) => context({ connectionParams: ctx.connectionParams, extra: ctx.extra }),
        onConnect: async (ctx) => {
          const { viewer, tokenExpired } = await authenticate(this.tokens, bearerToken(ctx.connectionParams?.authorization));
          // Same code as any refusal (graphql-ws clients retry 4403), the reason tells the client to refresh first.
          if (tokenExpired) ctx.extra.socket?.close(FORBIDDEN, TOKEN_EXPIRED);
          if (!viewer) return false;
          if (!this.sockets.add(viewer, ctx.extra.socket)) {
            ctx.extra.socket.close(TOO_MANY, 'Too many sockets');
            return false;
          }
          ctx.extra.viewer = viewer;
          ctx.extra.clientIp = clientAddress(ctx.extra.request);
          const socket = ctx.extra.socket;
          ctx.extra.expiry = setTimeout(() => socket.close(FORBIDDEN, TOKEN_EXPIRED), viewer.tokenExpiresAt.getTime() - Date.now()).unref();
          return true;
        },
        onClose: (ctx) => {
          clearTimeout(ctx.extra.expiry);
          if (ctx.extra.viewer) this.sockets.remove(ctx.extra.viewer, ctx.extra.socket);
        },
        onSubscribe: async (ctx, _id, payload) => {
          const refused = await this.refusal(ctx);
          if (refused) return [refused];
          // Parsed, validated (introspection off in production) and held to the operation limits as on HTTP.
          return prepareSocketOperation(schema, payload, { production: this.config.isProduction });
        },
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors ? { ...result, errors: format(collapseRuntimeLimitErrors(result.errors)) } : result,
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

  /**
   * Every operation: past MAX_OPERATIONS_PER_SOCKET in flight the socket closes with 4429; a session revoked
   * since the socket opened fails the operation UNAUTHENTICATED, then closes the socket with 4403 (the announced
   * revocation usually closed it already; this covers the moment before, and an announcement Redis lost).
   */
  private async refusal(ctx: { subscriptions: object; extra: { socket: WebSocket; viewer?: Viewer } }): Promise<GraphQLError | null> {
    const { socket, viewer } = ctx.extra;
    if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_SOCKET) {
      socket.close(TOO_MANY, 'Too many subscriptions'); // closing: graphql-ws sends nothing more on it
      return new GraphQLError('Too many subscriptions', { extensions: { code: ApiErrorCode.FORBIDDEN } });
    }
    if (!viewer || !(await this.revocations.isRevoked(viewer.sessionId))) return null;
    setImmediate(() => socket.close(FORBIDDEN, SESSION_REVOKED)); // after graphql-ws has sent the error frame
    return new GraphQLError('The session has ended; sign in again', { extensions: { code: ApiErrorCode.UNAUTHENTICATED } });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopListening?.();
    await this.dispose?.();
  }
}
