import { graphql } from '../../graphql';

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    body
    createdAt
    editedAt
    deletedAt
    replyCount
    author {
      id
      handle
      displayName
    }
    parent {
      id
    }
  }
`);
