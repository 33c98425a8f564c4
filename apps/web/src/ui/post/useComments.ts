import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback } from 'react';
import { appendToConnection, isConnection, type Connection } from '../../app/pagination';
import { graphql } from '../../graphql';
import type { CommentFieldsFragment } from '../../graphql/graphql';

const PostCommentsQuery = graphql(`
  query PostComments($postId: ID!, $after: String) {
    post(id: $postId) {
      id
      commentCount
      comments(first: 20, after: $after) {
        nodes {
          ...CommentFields
          replies(first: 20) {
            nodes {
              ...CommentFields
            }
            pageInfo {
              endCursor
              hasNextPage
            }
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const CommentAdded = graphql(`
  subscription CommentAdded($postId: ID!) {
    commentAdded(postId: $postId) {
      ...CommentFields
    }
  }
`);

/** A post's comments with their replies, kept live: new ones land at the end of their list. */
export function useComments(postId: string) {
  const client = useApolloClient();
  const query = useQuery(PostCommentsQuery, { variables: { postId } });

  const place = useCallback(
    (comment: CommentFieldsFragment) => {
      const { cache } = client;
      const ref = cache.identify({ __typename: 'Comment', id: comment.id });
      if (!ref) return;
      const node = { __ref: ref };
      const parentId = comment.parent?.id;
      const owner = parentId ? cache.identify({ __typename: 'Comment', id: parentId }) : cache.identify({ __typename: 'Post', id: postId });
      let added = false;
      const list = parentId ? 'replies' : 'comments';
      const counter = parentId ? 'replyCount' : 'commentCount';
      cache.modify<Record<string, Connection | number>>({
        id: owner,
        fields: {
          [list]: (existing) => {
            if (!isConnection(existing)) return existing;
            const next = appendToConnection(existing, [node]);
            added = next.nodes.length > existing.nodes.length;
            return next;
          },
        },
      });
      if (!added) return;
      cache.modify<Record<string, number>>({
        id: owner,
        fields: { [counter]: (count) => (typeof count === 'number' ? count + 1 : count) },
      });
    },
    [client, postId],
  );

  useSubscription(CommentAdded, {
    variables: { postId },
    onData: ({ data }) => {
      const comment = data.data?.commentAdded;
      if (comment) place(comment);
    },
  });

  const loadMore = useCallback(() => {
    const after = query.data?.post?.comments.pageInfo.endCursor;
    if (after) void query.fetchMore({ variables: { postId, after } });
  }, [query, postId]);

  return { query, place, loadMore };
}
