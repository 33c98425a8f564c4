import { useQuery } from '@apollo/client/react';
import { Navigate } from '@tanstack/react-router';
import { useState } from 'react';
import { graphql } from '../../graphql';
import { useSession } from '../../session/SessionProvider';
import { LoadMore } from '../../ui/InfiniteList';
import { NewThreadForm } from '../../ui/NewThreadForm';
import { Composer } from '../../ui/post/Composer';
import { PostCard } from '../../ui/post/PostCard';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { NewPostsBanner } from './NewPostsBanner';
import { useHomeFeed } from './useHomeFeed';

const ComposerThreadsQuery = graphql(`
  query ComposerThreads {
    me {
      id
      threads(first: 50) {
        nodes {
          id
          title
        }
      }
    }
  }
`);

export function HomePage() {
  const { status } = useSession();
  if (status === 'restoring') return <Loading />;
  if (status === 'signedOut') return <Navigate to="/login" search={{ redirect: '/' }} />;
  return <HomeFeed />;
}

function HomeFeed() {
  const { feed, pending, showPending, prepend, loadMore } = useHomeFeed();
  // The Viewer query (session) brings these threads: read them from the cache, never a request of their own.
  const threads = useQuery(ComposerThreadsQuery, { fetchPolicy: 'cache-only' });
  const [startingThread, setStartingThread] = useState(false);
  const myThreads = threads.data?.me?.threads.nodes ?? [];
  const posts = feed.data?.homeFeed.nodes ?? [];

  return (
    <section>
      <h1>Home</h1>
      {threads.data &&
        (myThreads.length === 0 || startingThread ? (
          <NewThreadForm {...(myThreads.length > 0 ? { onCancel: () => setStartingThread(false) } : {})} />
        ) : (
          <>
            <Composer threads={myThreads} onPosted={(post) => prepend([post.id])} />
            <p className="row">
              <button type="button" className="quiet" onClick={() => setStartingThread(true)}>
                New thread
              </button>
            </p>
          </>
        ))}
      <NewPostsBanner count={pending.length} onShow={showPending} />
      {feed.error && !feed.data ? (
        <ErrorState error={feed.error} retry={() => void feed.refetch()} />
      ) : !feed.data ? (
        <Loading label="Loading your feed…" />
      ) : posts.length === 0 ? (
        <Empty>Your feed is empty. Follow members or subscribe to threads from Explore, and their posts will show up here.</Empty>
      ) : (
        <div className="list" aria-label="Home feed" role="feed" aria-busy={feed.loading}>
          {posts.map((post) => (
            <PostCard key={post.id} post={post} />
          ))}
        </div>
      )}
      <LoadMore
        hasMore={feed.data?.homeFeed.pageInfo.hasNextPage ?? false}
        loading={feed.loading}
        onLoadMore={loadMore}
        label="Load older posts"
      />
    </section>
  );
}
