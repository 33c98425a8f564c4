import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../graphql';
import type { ViewerFieldsFragment } from '../graphql/graphql';
import { clearAccessToken, setAccessToken } from './access-token';
import { refreshAccessToken } from './refresh';
import { endSession, keepSession } from './session-transport';

graphql(`
  fragment ViewerFields on User {
    id
    handle
    displayName
    timezone
    email
  }
`);

const ViewerQuery = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
  }
`);

export type Viewer = ViewerFieldsFragment;

interface Session {
  /** 'restoring' until the first refresh attempt after a page load has answered. */
  status: 'restoring' | 'signedIn' | 'signedOut';
  viewer: Viewer | null;
  /** The viewer's IANA time zone, else the browser's. */
  timeZone: string;
  signedIn: (payload: { accessToken: string; expiresIn: number; refreshToken?: string | null }) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [restored, setRestored] = useState(false);
  const { data, loading } = useQuery(ViewerQuery, { skip: !restored });

  useEffect(() => {
    let cancelled = false;
    void refreshAccessToken().finally(() => {
      if (!cancelled) setRestored(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const signedIn = useCallback<Session['signedIn']>(
    async (payload) => {
      keepSession(payload);
      setAccessToken(payload.accessToken, payload.expiresIn);
      await client.resetStore();
    },
    [client],
  );

  const signOut = useCallback(async () => {
    await endSession();
    clearAccessToken();
    await client.clearStore();
    await client.refetchQueries({ include: [ViewerQuery] });
  }, [client]);

  const viewer = data?.me ?? null;
  const status: Session['status'] = !restored || (loading && !data) ? 'restoring' : viewer ? 'signedIn' : 'signedOut';
  const value = useMemo<Session>(
    () => ({ status, viewer, timeZone: viewer?.timezone ?? browserZone(), signedIn, signOut }),
    [status, viewer, signedIn, signOut],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
