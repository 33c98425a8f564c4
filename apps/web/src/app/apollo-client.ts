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
  const ws = createClient({
    url: socketUrl(),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    connectionParams: async () => {
      if (getAccessToken() && !accessTokenIsFresh()) await refreshAccessToken();
      const token = getAccessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connected: (connected) => {
        socket = connected as WebSocket;
      },
      closed: () => {
        socket = null;
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
