import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { accessTokenIsFresh, getAccessToken, onAccessTokenChange } from '../session/access-token';
import { refreshAccessToken } from '../session/refresh';
import { createAuthLink } from './auth-link';
import { createCache } from './cache';

function socketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

export function createApolloClient(): ApolloClient {
  let socket: WebSocket | null = null;
  // The API closes a socket whose token expired with 4403 (docs/WEB-SESSION.md); refresh before reconnecting.
  let closedForExpiry = false;
  const ws = createClient({
    url: socketUrl(),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    connectionParams: async () => {
      if (closedForExpiry || (getAccessToken() && !accessTokenIsFresh())) await refreshAccessToken();
      closedForExpiry = false;
      const token = getAccessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connected: (connected) => {
        socket = connected as WebSocket;
      },
      closed: (event) => {
        socket = null;
        if ((event as CloseEvent | undefined)?.code === 4403) closedForExpiry = true;
      },
    },
  });
  // The socket authenticates once, on connect: a new token (sign in, sign out,
  // refresh) reconnects it, and graphql-ws resubscribes what was live.
  onAccessTokenChange(() => {
    if (socket?.readyState === WebSocket.OPEN) socket.close(4205, 'Session changed');
  });

  const http = ApolloLink.from([
    createAuthLink({ getToken: getAccessToken, refresh: () => refreshAccessToken() }),
    new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  ]);
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    http,
  );
  return new ApolloClient({ link, cache: createCache() });
}
