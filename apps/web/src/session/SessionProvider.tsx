import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../graphql';
import type { ViewerFieldsFragment } from '../graphql/graphql';
import { accessTokenExpiresAt, clearAccessToken, getAccessToken, onAccessTokenChange, setAccessToken } from './access-token';
import { refreshAccessToken } from './refresh';
import { endSession, openSession, type RegisterFields } from './session-transport';

graphql(`
  fragment ViewerFields on User {
    id
    handle
    displayName
    timezone
    email
  }
`);

/**
 * Who is signed in, plus what every page's chrome needs (the bell's count, the
 * composer's threads), in one request: the bell and the composer then read
 * them from the cache instead of asking again.
 */
const ViewerQuery = graphql(`
  query Viewer($signedIn: Boolean!) {
    me {
      ...ViewerFields
      threads(first: 50) @include(if: $signedIn) {
        nodes {
          id
          title
        }
      }
    }
    unreadNotificationCount @include(if: $signedIn)
  }
`);

export type Viewer = ViewerFieldsFragment;

/** Refresh this long before the access token runs out, so requests rarely meet an expired one. */
const REFRESH_AHEAD_MS = 30_000;

interface Session {
  /** 'restoring' until the first refresh after a page load has answered. */
  status: 'restoring' | 'signedIn' | 'signedOut';
  viewer: Viewer | null;
  /** The viewer's IANA time zone, else the browser's. */
  timeZone: string;
  signIn: (input: { email: string; password: string }) => Promise<void>;
  signUp: (input: RegisterFields) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [restored, setRestored] = useState(false);
  const [hasToken, setHasToken] = useState(() => getAccessToken() !== null);
  useEffect(() => onAccessTokenChange(() => setHasToken(getAccessToken() !== null)), []);
  const { data, loading } = useQuery(ViewerQuery, { skip: !restored, variables: { signedIn: hasToken } });

  // A reload restores the session from the HttpOnly cookie.
  useEffect(() => {
    let cancelled = false;
    void refreshAccessToken().finally(() => {
      if (!cancelled) setRestored(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  // Each new access token schedules the next refresh a little before it expires.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      const expiresAt = accessTokenExpiresAt();
      if (expiresAt === null) return;
      timer = setTimeout(() => void refreshAccessToken(), Math.max(expiresAt - Date.now() - REFRESH_AHEAD_MS, 5_000));
    };
    const stop = onAccessTokenChange(schedule);
    schedule();
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);

  const begin = useCallback(
    async (tokens: { accessToken: string; expiresIn: number }) => {
      setAccessToken(tokens.accessToken, tokens.expiresIn);
      await client.resetStore();
    },
    [client],
  );
  const signIn = useCallback<Session['signIn']>(async (input) => begin(await openSession('login', input)), [begin]);
  const signUp = useCallback<Session['signUp']>(async (input) => begin(await openSession('register', input)), [begin]);

  const signOut = useCallback(async () => {
    await endSession();
    clearAccessToken();
    await client.clearStore();
  }, [client]);

  const viewer = data?.me ?? null;
  // Signed in as soon as a token is in memory, so pages start their own queries
  // alongside the Viewer query instead of after it (Home: 20 posts one round trip sooner).
  const status: Session['status'] = !restored ? 'restoring' : hasToken && (viewer || loading) ? 'signedIn' : 'signedOut';
  const value = useMemo<Session>(
    () => ({ status, viewer, timeZone: viewer?.timezone ?? browserZone(), signIn, signUp, signOut }),
    [status, viewer, signIn, signUp, signOut],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
