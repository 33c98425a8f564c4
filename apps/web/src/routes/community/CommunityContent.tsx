import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { LoadMore } from '../../ui/InfiniteList';
import { PostCard } from '../../ui/post/PostCard';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { CommunityFeedQuery, CommunityThreadsQuery } from './community-queries';

export function CommunityFeed({ slug }: { slug: string }) {
  const { data, error, loading, fetchMore } = useQuery(CommunityFeedQuery, { variables: { slug }, notifyOnNetworkStatusChange: true });
  if (error && !data) return <ErrorState error={error} />;
  const feed = data?.community?.feed;
  if (!feed) return <Loading />;
  if (feed.nodes.length === 0) return <Empty>No posts in this community yet.</Empty>;
  return (
    <>
      <div className="list" role="feed" aria-label="Community feed" aria-busy={loading}>
        {feed.nodes.map((post) => (
          <PostCard key={post.id} post={post} />
        ))}
      </div>
      <LoadMore
        hasMore={feed.pageInfo.hasNextPage}
        loading={loading}
        onLoadMore={() => {
          const after = feed.pageInfo.endCursor;
          if (after) void fetchMore({ variables: { slug, after } });
        }}
      />
    </>
  );
}

export function CommunityThreads({ slug }: { slug: string }) {
  const { data, error, loading, fetchMore } = useQuery(CommunityThreadsQuery, { variables: { slug }, notifyOnNetworkStatusChange: true });
  if (error && !data) return <ErrorState error={error} />;
  const threads = data?.community?.threads;
  if (!threads) return <Loading />;
  if (threads.nodes.length === 0) return <Empty>No growth threads in this community yet.</Empty>;
  return (
    <>
      <ul className="list">
        {threads.nodes.map((thread) => (
          <li key={thread.id} className="card">
            <h3>
              <Link to="/threads/$id" params={{ id: thread.id }}>
                {thread.title}
              </Link>
            </h3>
            {thread.goal && <p>{thread.goal}</p>}
            <p className="muted">
              by{' '}
              <Link to="/u/$handle" params={{ handle: thread.author.handle }}>
                {thread.author.displayName}
              </Link>{' '}
              · {thread.postCount} posts
            </p>
          </li>
        ))}
      </ul>
      <LoadMore
        hasMore={threads.pageInfo.hasNextPage}
        loading={loading}
        onLoadMore={() => {
          const after = threads.pageInfo.endCursor;
          if (after) void fetchMore({ variables: { slug, after } });
        }}
      />
    </>
  );
}
