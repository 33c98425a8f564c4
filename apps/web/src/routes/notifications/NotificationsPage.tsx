import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Link, Navigate } from '@tanstack/react-router';
import { prependToConnection } from '../../app/pagination';
import { graphql } from '../../graphql';
import { UnreadCountQuery } from '../../layout/NotificationBell';
import type { NotificationFieldsFragment } from '../../graphql/graphql';
import { useSession } from '../../session/SessionProvider';
import { LoadMore } from '../../ui/InfiniteList';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { Time } from '../../ui/Time';
import { notificationText } from './notification-text';

graphql(`
  fragment NotificationFields on Notification {
    id
    type
    actorCount
    createdAt
    updatedAt
    readAt
    actors {
      id
      handle
      displayName
    }
    post {
      id
      kind
      thread {
        id
      }
    }
    thread {
      id
      title
    }
    community {
      id
      slug
      name
    }
    roadmap {
      id
      title
    }
    job {
      id
      title
    }
  }
`);

const NotificationsQuery = graphql(`
  query Notifications($after: String) {
    notifications(first: 20, after: $after) {
      nodes {
        ...NotificationFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const NotificationReceived = graphql(`
  subscription NotificationReceived {
    notificationReceived {
      ...NotificationFields
    }
  }
`);

const MarkRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

const MarkAllRead = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

function NotificationLink({ n, children }: { n: NotificationFieldsFragment; children: string }) {
  if (n.post)
    return (
      <Link to="/threads/$id" params={{ id: n.post.thread.id }} hash={`post-${n.post.id}`}>
        {children}
      </Link>
    );
  if (n.thread)
    return (
      <Link to="/threads/$id" params={{ id: n.thread.id }}>
        {children}
      </Link>
    );
  if (n.community)
    return (
      <Link to="/c/$slug" params={{ slug: n.community.slug }}>
        {children}
      </Link>
    );
  const actor = n.actors[0];
  if (n.type === 'NEW_FOLLOWER' && actor)
    return (
      <Link to="/u/$handle" params={{ handle: actor.handle }}>
        {children}
      </Link>
    );
  return <span>{children}</span>;
}

export function NotificationsPage() {
  const { status } = useSession();
  if (status === 'restoring') return <Loading />;
  if (status === 'signedOut') return <Navigate to="/login" search={{ redirect: '/notifications' }} />;
  return <NotificationList />;
}

function NotificationList() {
  const client = useApolloClient();
  const { data, error, loading, refetch, fetchMore } = useQuery(NotificationsQuery, { notifyOnNetworkStatusChange: true });
  const [markRead] = useMutation(MarkRead);
  const [markAllRead, markingAll] = useMutation(MarkAllRead);

  const setRead = (ids: readonly string[]) => {
    const now = new Date().toISOString();
    for (const id of ids)
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Notification', id }),
        fields: { readAt: (readAt: string | null) => readAt ?? now },
      });
  };

  // A regrouped notification moves to the top; a new one appears there.
  useSubscription(NotificationReceived, {
    onData: ({ data: event }) => {
      const n = event.data?.notificationReceived;
      if (!n) return;
      client.cache.modify({
        fields: {
          notifications: (existing, { toReference, storeFieldName, readField }) => {
            if (!existing || storeFieldName.includes('"unreadOnly":true')) return existing;
            const ref = toReference({ __typename: 'Notification', id: n.id });
            if (!ref) return existing;
            const others = {
              ...existing,
              nodes: existing.nodes.filter((node: Parameters<typeof readField>[1]) => readField('id', node) !== n.id),
            };
            return prependToConnection(others, [ref]);
          },
        },
      });
    },
  });

  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  const list = data?.notifications;
  const unread = list?.nodes.filter((n) => !n.readAt) ?? [];

  return (
    <section>
      <div className="row spread">
        <h1>Notifications</h1>
        <button
          type="button"
          className="secondary"
          disabled={markingAll.loading || unread.length === 0}
          onClick={() => {
            void markAllRead()
              .then(() => {
                setRead(list?.nodes.map((n) => n.id) ?? []);
                // The bell drops to zero at once; the live count confirms it.
                client.writeQuery({ query: UnreadCountQuery, data: { unreadNotificationCount: 0 } });
              })
              .catch(() => undefined);
          }}
        >
          Mark all read
        </button>
      </div>
      {!list ? (
        <Loading label="Loading notifications…" />
      ) : list.nodes.length === 0 ? (
        <Empty>No notifications yet. Cheers, comments, follows and mentions will show up here.</Empty>
      ) : (
        <ul className="list" aria-label="Notifications">
          {list.nodes.map((n) => (
            <li key={n.id} className={`card notification${n.readAt ? '' : ' unread'}`}>
              <div className="stack grow">
                <p className="notification-text">
                  {!n.readAt && <span className="visually-hidden">Unread: </span>}
                  <NotificationLink n={n}>{notificationText(n)}</NotificationLink>
                </p>
                <span className="muted">
                  <Time iso={n.updatedAt} />
                </span>
              </div>
              {!n.readAt && (
                <button
                  type="button"
                  className="quiet"
                  aria-label={`Mark read: ${notificationText(n)}`}
                  onClick={() => {
                    void markRead({ variables: { ids: [n.id] } })
                      .then(() => setRead([n.id]))
                      .catch(() => undefined);
                  }}
                >
                  Mark read
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={list?.pageInfo.hasNextPage ?? false}
        loading={loading}
        onLoadMore={() => {
          const after = list?.pageInfo.endCursor;
          if (after) void fetchMore({ variables: { after } });
        }}
      />
    </section>
  );
}
