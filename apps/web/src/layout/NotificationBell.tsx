import { useQuery, useSubscription } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { Bell } from 'lucide-react';
import { graphql } from '../graphql';

export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const UnreadCountChanged = graphql(`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCountChanged
  }
`);

export const bellLabel = (count: number) => (count === 0 ? 'Notifications, none unread' : `Notifications, ${count} unread`);

/** The bell's name carries its count, so a screen reader hears what a glance shows. */
export function NotificationBell() {
  const { data, client } = useQuery(UnreadCountQuery);
  useSubscription(UnreadCountChanged, {
    onData: ({ data: event }) => {
      const count = event.data?.unreadNotificationCountChanged;
      if (typeof count === 'number') client.writeQuery({ query: UnreadCountQuery, data: { unreadNotificationCount: count } });
    },
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Link to="/notifications" className="bell" aria-label={bellLabel(count)}>
      <Bell aria-hidden="true" size={20} />
      {count > 0 && (
        <span className="badge" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
