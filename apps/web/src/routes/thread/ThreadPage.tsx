import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Link, useParams, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import { prependToConnection } from '../../app/pagination';
import { graphql } from '../../graphql';
import { useSession } from '../../session/SessionProvider';
import { LoadMore } from '../../ui/InfiniteList';
import { Composer } from '../../ui/post/Composer';
import { PostCard } from '../../ui/post/PostCard';
import { PostComments } from '../../ui/post/PostComments';
import { Empty, ErrorState, Loading, NotFound } from '../../ui/states';
import { StreakHeatmap } from './StreakHeatmap';

const ThreadQuery = graphql(`
  query Thread($id: ID!, $after: String) {
    thread(id: $id) {
      id
      title
      goal
      status
      createdAt
      currentStreak
      longestStreak
      postCount
      subscriberCount
      viewerIsSubscribed
      author {
        id
        handle
        displayName
        timezone
      }
      community {
        id
        slug
        name
      }
      days: posts(first: 100) {
        nodes {
          id
          createdAt
        }
      }
      posts(first: 20, after: $after) {
        nodes {
          ...PostCardFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const ThreadPostAdded = graphql(`
  subscription ThreadPostAdded($threadId: ID!) {
    threadPostAdded(threadId: $threadId) {
      ...PostCardFields
    }
  }
`);

const SubscribeMutation = graphql(`
  mutation SubscribeToThread($threadId: ID!) {
    subscribeToThread(threadId: $threadId) {
      id
      viewerIsSubscribed
      subscriberCount
    }
  }
`);

const UnsubscribeMutation = graphql(`
  mutation UnsubscribeFromThread($threadId: ID!) {
    unsubscribeFromThread(threadId: $threadId) {
      id
      viewerIsSubscribed
      subscriberCount
    }
  }
`);

const statusLabel = { ACTIVE: 'Active', PAUSED: 'Paused', COMPLETED: 'Completed' } as const;

export function ThreadPage() {
  const { id } = useParams({ from: '/threads/$id' });
  const hash = useRouterState({ select: (state) => state.location.hash });
  const { viewer } = useSession();
  const client = useApolloClient();
  const { data, error, loading, refetch, fetchMore } = useQuery(ThreadQuery, { variables: { id }, notifyOnNetworkStatusChange: true });
  const [subscribe, subscribing] = useMutation(SubscribeMutation);
  const [unsubscribe, unsubscribing] = useMutation(UnsubscribeMutation);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const prepend = (postId: string) =>
    client.cache.modify({
      id: client.cache.identify({ __typename: 'GrowthThread', id }),
      fields: {
        posts: (existing, { toReference, storeFieldName }) => {
          if (!existing || !storeFieldName.includes('"first":20')) return existing;
          const ref = toReference({ __typename: 'Post', id: postId });
          return ref ? prependToConnection(existing, [ref]) : existing;
        },
      },
    });

  useSubscription(ThreadPostAdded, {
    variables: { threadId: id },
    onData: ({ data: event }) => {
      const post = event.data?.threadPostAdded;
      if (post) prepend(post.id);
    },
  });

  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <Loading label="Loading thread…" />;
  const thread = data.thread;
  if (!thread) return <NotFound what="This thread" />;
  const mine = viewer?.id === thread.author.id;
  const posts = thread.posts.nodes;
  const showsComments = (postId: string, index: number) => index < 3 || hash === `post-${postId}` || expanded.has(postId);

  return (
    <section>
      <p className="muted">
        <Link to="/u/$handle" params={{ handle: thread.author.handle }}>
          {thread.author.displayName}
        </Link>
        {thread.community && (
          <>
            {' in '}
            <Link to="/c/$slug" params={{ slug: thread.community.slug }}>
              {thread.community.name}
            </Link>
          </>
        )}
      </p>
      <h1>{thread.title}</h1>
      {thread.goal && <p className="goal">Goal: {thread.goal}</p>}
      <div className="row">
        <span className="chip">{statusLabel[thread.status]}</span>
        <span className="muted">
          {thread.postCount} posts · {thread.subscriberCount} subscribers
        </span>
        {viewer && !mine && (
          <button
            type="button"
            className={thread.viewerIsSubscribed ? 'secondary' : undefined}
            aria-pressed={thread.viewerIsSubscribed}
            disabled={subscribing.loading || unsubscribing.loading}
            onClick={() => {
              const options = { variables: { threadId: thread.id } };
              void (thread.viewerIsSubscribed ? unsubscribe(options) : subscribe(options)).catch(() => undefined);
            }}
          >
            {thread.viewerIsSubscribed ? 'Unsubscribe' : 'Subscribe'}
          </button>
        )}
      </div>
      <h2>Streak</h2>
      <StreakHeatmap
        createdAts={thread.days.nodes.map((p) => p.createdAt)}
        timeZone={thread.author.timezone}
        currentStreak={thread.currentStreak}
        longestStreak={thread.longestStreak}
      />
      {mine && <Composer threads={[{ id: thread.id, title: thread.title }]} onPosted={(post) => prepend(post.id)} />}
      <h2>Posts</h2>
      {posts.length === 0 ? (
        <Empty>No posts in this thread yet.</Empty>
      ) : (
        <div className="list" role="feed" aria-label="Posts" aria-busy={loading}>
          {posts.map((post, index) => (
            <PostCard key={post.id} post={post} showThread={false}>
              {showsComments(post.id, index) ? (
                <PostComments postId={post.id} />
              ) : (
                <button type="button" className="quiet" aria-expanded="false" onClick={() => setExpanded(new Set(expanded).add(post.id))}>
                  {post.commentCount === 1 ? 'Show 1 comment' : `Show ${post.commentCount} comments`}
                </button>
              )}
            </PostCard>
          ))}
        </div>
      )}
      <LoadMore
        hasMore={thread.posts.pageInfo.hasNextPage}
        loading={loading}
        onLoadMore={() => {
          const after = thread.posts.pageInfo.endCursor;
          if (after) void fetchMore({ variables: { id, after } });
        }}
        label="Load older posts"
      />
    </section>
  );
}
