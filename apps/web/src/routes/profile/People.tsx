import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { LoadMore } from '../../ui/InfiniteList';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { PeopleQuery } from './profile-queries';

/** Followers or following of a member. */
export function People({ handle, followers }: { handle: string; followers: boolean }) {
  const { data, error, loading, fetchMore } = useQuery(PeopleQuery, {
    variables: { handle, followers },
    notifyOnNetworkStatusChange: true,
  });
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return <Loading />;
  const list = followers ? data.user?.followers : data.user?.following;
  if (!list || list.nodes.length === 0) return <Empty>{followers ? 'No followers yet.' : 'Not following anyone yet.'}</Empty>;
  return (
    <>
      <ul className="list">
        {list.nodes.map((person) => (
          <li key={person.id} className="card">
            <Link to="/u/$handle" params={{ handle: person.handle }} className="author">
              {person.displayName}
            </Link>{' '}
            <span className="muted">@{person.handle}</span>
            {person.headline && <p className="muted">{person.headline}</p>}
          </li>
        ))}
      </ul>
      <LoadMore
        hasMore={list.pageInfo.hasNextPage}
        loading={loading}
        onLoadMore={() => {
          const after = list.pageInfo.endCursor;
          if (after) void fetchMore({ variables: { handle, followers, after } });
        }}
      />
    </>
  );
}
