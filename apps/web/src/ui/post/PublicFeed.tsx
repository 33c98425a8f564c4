import { useQuery } from '@apollo/client/react';
import { graphql } from '../../graphql';
import { LoadMore } from '../InfiniteList';
import { Empty, ErrorState, Loading } from '../states';
import { PostCard } from './PostCard';

const PublicFeedQuery = graphql(`
  query PublicFeed($tag: String, $after: String) {
    publicFeed(first: 20, tag: $tag, after: $after) {
      nodes {
        ...PostCardFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** Public posts, newest first, optionally of one tag. */
export function PublicFeed({ tag }: { tag?: string }) {
  const variables = tag ? { tag } : {};
  const { data, error, loading, refetch, fetchMore } = useQuery(PublicFeedQuery, { variables, notifyOnNetworkStatusChange: true });
  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  const feed = data?.publicFeed;
  if (!feed) return <Loading label="Loading posts…" />;
  if (feed.nodes.length === 0) return <Empty>{tag ? `No public posts tagged #${tag} yet.` : 'No public posts yet.'}</Empty>;
  return (
    <>
      <div className="list" role="feed" aria-label={tag ? `Posts tagged #${tag}` : 'Public posts'} aria-busy={loading}>
        {feed.nodes.map((post) => (
          <PostCard key={post.id} post={post} />
        ))}
      </div>
      <LoadMore
        hasMore={feed.pageInfo.hasNextPage}
        loading={loading}
        onLoadMore={() => {
          const after = feed.pageInfo.endCursor;
          if (after) void fetchMore({ variables: { ...variables, after } });
        }}
        label="Load older posts"
      />
    </>
  );
}
