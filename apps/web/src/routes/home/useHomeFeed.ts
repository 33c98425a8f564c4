import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { prependToConnection } from '../../app/pagination';
import { graphql } from '../../graphql';
import { withArrival } from './new-posts';

const HomeFeedQuery = graphql(`
  query HomeFeed($after: String) {
    homeFeed(first: 20, after: $after) {
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

const HomeFeedPostAdded = graphql(`
  subscription HomeFeedPostAdded {
    homeFeedPostAdded {
      ...PostCardFields
    }
  }
`);

/** The home feed: one query, one subscription; arrivals wait in `pending` until shown. */
export function useHomeFeed() {
  const client = useApolloClient();
  const feed = useQuery(HomeFeedQuery, { notifyOnNetworkStatusChange: true });
  const [pending, setPending] = useState<readonly string[]>([]);
  const nodes = feed.data?.homeFeed.nodes;
  const shown = useMemo(() => new Set((nodes ?? []).map((post) => post.id)), [nodes]);

  useSubscription(HomeFeedPostAdded, {
    onData: ({ data }) => {
      const post = data.data?.homeFeedPostAdded;
      if (post) setPending((current) => withArrival(current, post.id, shown));
    },
  });

  /** Puts posts at the top of the cached feed (arrivals, or the viewer's own new post). */
  const prepend = useCallback(
    (ids: readonly string[]) => {
      client.cache.modify({
        fields: {
          homeFeed: (existing, { toReference }) => {
            if (!existing) return existing;
            const refs = ids.map((id) => toReference({ __typename: 'Post', id })).filter((ref) => ref !== undefined);
            return prependToConnection(existing, refs);
          },
        },
      });
    },
    [client],
  );

  const showPending = useCallback(() => {
    prepend(pending);
    setPending([]);
    window.scrollTo({ top: 0 });
  }, [pending, prepend]);

  const loadMore = useCallback(() => {
    const after = feed.data?.homeFeed.pageInfo.endCursor;
    if (after) void feed.fetchMore({ variables: { after } });
  }, [feed]);

  return { feed, pending, showPending, prepend, loadMore };
}
