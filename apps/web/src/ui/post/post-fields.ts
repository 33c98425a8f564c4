import { graphql } from '../../graphql';

export const PostCardFields = graphql(`
  fragment PostCardFields on Post {
    id
    body
    kind
    createdAt
    editedAt
    commentCount
    tags
    viewerReactions
    reactions {
      type
      count
    }
    author {
      id
      handle
      displayName
    }
    thread {
      id
      title
    }
    mentions {
      id
      handle
    }
  }
`);

export const POST_KINDS = ['UPDATE', 'MILESTONE', 'BLOCKER', 'QUESTION', 'REFLECTION'] as const;
export type PostKindName = (typeof POST_KINDS)[number];

export const kindLabel: Record<PostKindName, string> = {
  UPDATE: 'Update',
  MILESTONE: 'Milestone',
  BLOCKER: 'Blocker',
  QUESTION: 'Question',
  REFLECTION: 'Reflection',
};
