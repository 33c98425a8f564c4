/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Me {\n    me {\n      id\n    }\n  }\n': typeof types.MeDocument;
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n': typeof types.UnreadNotificationCountChangedDocument;
  '\n  query ComposerThreads {\n    me {\n      id\n      threads(first: 50) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.ComposerThreadsDocument;
  '\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.HomeFeedDocument;
  '\n  subscription HomeFeedPostAdded {\n    homeFeedPostAdded {\n      ...PostCardFields\n    }\n  }\n': typeof types.HomeFeedPostAddedDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n': typeof types.RegisterDocument;
  '\n  query Thread($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      goal\n      status\n      createdAt\n      currentStreak\n      longestStreak\n      postCount\n      subscriberCount\n      viewerIsSubscribed\n      author {\n        id\n        handle\n        displayName\n        timezone\n      }\n      community {\n        id\n        slug\n        name\n      }\n      days: posts(first: 100) {\n        nodes {\n          id\n          createdAt\n        }\n      }\n      posts(first: 20, after: $after) {\n        nodes {\n          ...PostCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.ThreadDocument;
  '\n  subscription ThreadPostAdded($threadId: ID!) {\n    threadPostAdded(threadId: $threadId) {\n      ...PostCardFields\n    }\n  }\n': typeof types.ThreadPostAddedDocument;
  '\n  mutation SubscribeToThread($threadId: ID!) {\n    subscribeToThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n': typeof types.SubscribeToThreadDocument;
  '\n  mutation UnsubscribeFromThread($threadId: ID!) {\n    unsubscribeFromThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n': typeof types.UnsubscribeFromThreadDocument;
  '\n  fragment ViewerFields on User {\n    id\n    handle\n    displayName\n    timezone\n    email\n  }\n': typeof types.ViewerFieldsFragmentDoc;
  '\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.CreateThreadDocument;
  '\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCardFields\n      thread {\n        id\n        postCount\n        currentStreak\n        longestStreak\n      }\n    }\n  }\n': typeof types.CreatePostDocument;
  '\n  query MentionSuggestions($query: String!) {\n    search(query: $query, limit: 5) {\n      users {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n': typeof types.MentionSuggestionsDocument;
  '\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      ...PostCardFields\n    }\n  }\n': typeof types.EditPostDocument;
  '\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n': typeof types.DeletePostDocument;
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n': typeof types.AddCommentDocument;
  '\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n': typeof types.EditCommentDocument;
  '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n': typeof types.DeleteCommentDocument;
  '\n  mutation React($postId: ID!, $type: ReactionType!) {\n    react(postId: $postId, type: $type) {\n      id\n      viewerReactions\n      reactions {\n        type\n        count\n      }\n    }\n  }\n': typeof types.ReactDocument;
  '\n  mutation Unreact($postId: ID!, $type: ReactionType!) {\n    unreact(postId: $postId, type: $type) {\n      id\n      viewerReactions\n      reactions {\n        type\n        count\n      }\n    }\n  }\n': typeof types.UnreactDocument;
  '\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deletedAt\n    replyCount\n    author {\n      id\n      handle\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n': typeof types.CommentFieldsFragmentDoc;
  '\n  fragment PostCardFields on Post {\n    id\n    body\n    kind\n    createdAt\n    editedAt\n    commentCount\n    tags\n    viewerReactions\n    reactions {\n      type\n      count\n    }\n    author {\n      id\n      handle\n      displayName\n    }\n    thread {\n      id\n      title\n    }\n    mentions {\n      id\n      handle\n    }\n  }\n': typeof types.PostCardFieldsFragmentDoc;
  '\n  query PostComments($postId: ID!, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: 20, after: $after) {\n        nodes {\n          ...CommentFields\n          replies(first: 20) {\n            nodes {\n              ...CommentFields\n            }\n            pageInfo {\n              endCursor\n              hasNextPage\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.PostCommentsDocument;
  '\n  subscription CommentAdded($postId: ID!) {\n    commentAdded(postId: $postId) {\n      ...CommentFields\n    }\n  }\n': typeof types.CommentAddedDocument;
};
const documents: Documents = {
  '\n  query Me {\n    me {\n      id\n    }\n  }\n': types.MeDocument,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': types.UnreadNotificationCountDocument,
  '\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n':
    types.UnreadNotificationCountChangedDocument,
  '\n  query ComposerThreads {\n    me {\n      id\n      threads(first: 50) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.ComposerThreadsDocument,
  '\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.HomeFeedDocument,
  '\n  subscription HomeFeedPostAdded {\n    homeFeedPostAdded {\n      ...PostCardFields\n    }\n  }\n': types.HomeFeedPostAddedDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n':
    types.RegisterDocument,
  '\n  query Thread($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      goal\n      status\n      createdAt\n      currentStreak\n      longestStreak\n      postCount\n      subscriberCount\n      viewerIsSubscribed\n      author {\n        id\n        handle\n        displayName\n        timezone\n      }\n      community {\n        id\n        slug\n        name\n      }\n      days: posts(first: 100) {\n        nodes {\n          id\n          createdAt\n        }\n      }\n      posts(first: 20, after: $after) {\n        nodes {\n          ...PostCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.ThreadDocument,
  '\n  subscription ThreadPostAdded($threadId: ID!) {\n    threadPostAdded(threadId: $threadId) {\n      ...PostCardFields\n    }\n  }\n':
    types.ThreadPostAddedDocument,
  '\n  mutation SubscribeToThread($threadId: ID!) {\n    subscribeToThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n':
    types.SubscribeToThreadDocument,
  '\n  mutation UnsubscribeFromThread($threadId: ID!) {\n    unsubscribeFromThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n':
    types.UnsubscribeFromThreadDocument,
  '\n  fragment ViewerFields on User {\n    id\n    handle\n    displayName\n    timezone\n    email\n  }\n': types.ViewerFieldsFragmentDoc,
  '\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n': types.ViewerDocument,
  '\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n':
    types.CreateThreadDocument,
  '\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCardFields\n      thread {\n        id\n        postCount\n        currentStreak\n        longestStreak\n      }\n    }\n  }\n':
    types.CreatePostDocument,
  '\n  query MentionSuggestions($query: String!) {\n    search(query: $query, limit: 5) {\n      users {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n':
    types.MentionSuggestionsDocument,
  '\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      ...PostCardFields\n    }\n  }\n':
    types.EditPostDocument,
  '\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n': types.DeletePostDocument,
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n':
    types.AddCommentDocument,
  '\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n':
    types.EditCommentDocument,
  '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n': types.DeleteCommentDocument,
  '\n  mutation React($postId: ID!, $type: ReactionType!) {\n    react(postId: $postId, type: $type) {\n      id\n      viewerReactions\n      reactions {\n        type\n        count\n      }\n    }\n  }\n':
    types.ReactDocument,
  '\n  mutation Unreact($postId: ID!, $type: ReactionType!) {\n    unreact(postId: $postId, type: $type) {\n      id\n      viewerReactions\n      reactions {\n        type\n        count\n      }\n    }\n  }\n':
    types.UnreactDocument,
  '\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deletedAt\n    replyCount\n    author {\n      id\n      handle\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n':
    types.CommentFieldsFragmentDoc,
  '\n  fragment PostCardFields on Post {\n    id\n    body\n    kind\n    createdAt\n    editedAt\n    commentCount\n    tags\n    viewerReactions\n    reactions {\n      type\n      count\n    }\n    author {\n      id\n      handle\n      displayName\n    }\n    thread {\n      id\n      title\n    }\n    mentions {\n      id\n      handle\n    }\n  }\n':
    types.PostCardFieldsFragmentDoc,
  '\n  query PostComments($postId: ID!, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: 20, after: $after) {\n        nodes {\n          ...CommentFields\n          replies(first: 20) {\n            nodes {\n              ...CommentFields\n            }\n            pageInfo {\n              endCursor\n              hasNextPage\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.PostCommentsDocument,
  '\n  subscription CommentAdded($postId: ID!) {\n    commentAdded(postId: $postId) {\n      ...CommentFields\n    }\n  }\n':
    types.CommentAddedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n',
): (typeof documents)['\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComposerThreads {\n    me {\n      id\n      threads(first: 50) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ComposerThreads {\n    me {\n      id\n      threads(first: 50) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription HomeFeedPostAdded {\n    homeFeedPostAdded {\n      ...PostCardFields\n    }\n  }\n',
): (typeof documents)['\n  subscription HomeFeedPostAdded {\n    homeFeedPostAdded {\n      ...PostCardFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n',
): (typeof documents)['\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Thread($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      goal\n      status\n      createdAt\n      currentStreak\n      longestStreak\n      postCount\n      subscriberCount\n      viewerIsSubscribed\n      author {\n        id\n        handle\n        displayName\n        timezone\n      }\n      community {\n        id\n        slug\n        name\n      }\n      days: posts(first: 100) {\n        nodes {\n          id\n          createdAt\n        }\n      }\n      posts(first: 20, after: $after) {\n        nodes {\n          ...PostCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Thread($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      goal\n      status\n      createdAt\n      currentStreak\n      longestStreak\n      postCount\n      subscriberCount\n      viewerIsSubscribed\n      author {\n        id\n        handle\n        displayName\n        timezone\n      }\n      community {\n        id\n        slug\n        name\n      }\n      days: posts(first: 100) {\n        nodes {\n          id\n          createdAt\n        }\n      }\n      posts(first: 20, after: $after) {\n        nodes {\n          ...PostCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ThreadPostAdded($threadId: ID!) {\n    threadPostAdded(threadId: $threadId) {\n      ...PostCardFields\n    }\n  }\n',
): (typeof documents)['\n  subscription ThreadPostAdded($threadId: ID!) {\n    threadPostAdded(threadId: $threadId) {\n      ...PostCardFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubscribeToThread($threadId: ID!) {\n    subscribeToThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n',
): (typeof documents)['\n  mutation SubscribeToThread($threadId: ID!) {\n    subscribeToThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnsubscribeFromThread($threadId: ID!) {\n    unsubscribeFromThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n',
): (typeof documents)['\n  mutation UnsubscribeFromThread($threadId: ID!) {\n    unsubscribeFromThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ViewerFields on User {\n    id\n    handle\n    displayName\n    timezone\n    email\n  }\n',
): (typeof documents)['\n  fragment ViewerFields on User {\n    id\n    handle\n    displayName\n    timezone\n    email\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCardFields\n      thread {\n        id\n        postCount\n        currentStreak\n        longestStreak\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCardFields\n      thread {\n        id\n        postCount\n        currentStreak\n        longestStreak\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MentionSuggestions($query: String!) {\n    search(query: $query, limit: 5) {\n      users {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MentionSuggestions($query: String!) {\n    search(query: $query, limit: 5) {\n      users {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      ...PostCardFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      ...PostCardFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation React($postId: ID!, $type: ReactionType!) {\n    react(postId: $postId, type: $type) {\n      id\n      viewerReactions\n      reactions {\n        type\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation React($postId: ID!, $type: ReactionType!) {\n    react(postId: $postId, type: $type) {\n      id\n      viewerReactions\n      reactions {\n        type\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Unreact($postId: ID!, $type: ReactionType!) {\n    unreact(postId: $postId, type: $type) {\n      id\n      viewerReactions\n      reactions {\n        type\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Unreact($postId: ID!, $type: ReactionType!) {\n    unreact(postId: $postId, type: $type) {\n      id\n      viewerReactions\n      reactions {\n        type\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deletedAt\n    replyCount\n    author {\n      id\n      handle\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deletedAt\n    replyCount\n    author {\n      id\n      handle\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PostCardFields on Post {\n    id\n    body\n    kind\n    createdAt\n    editedAt\n    commentCount\n    tags\n    viewerReactions\n    reactions {\n      type\n      count\n    }\n    author {\n      id\n      handle\n      displayName\n    }\n    thread {\n      id\n      title\n    }\n    mentions {\n      id\n      handle\n    }\n  }\n',
): (typeof documents)['\n  fragment PostCardFields on Post {\n    id\n    body\n    kind\n    createdAt\n    editedAt\n    commentCount\n    tags\n    viewerReactions\n    reactions {\n      type\n      count\n    }\n    author {\n      id\n      handle\n      displayName\n    }\n    thread {\n      id\n      title\n    }\n    mentions {\n      id\n      handle\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PostComments($postId: ID!, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: 20, after: $after) {\n        nodes {\n          ...CommentFields\n          replies(first: 20) {\n            nodes {\n              ...CommentFields\n            }\n            pageInfo {\n              endCursor\n              hasNextPage\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PostComments($postId: ID!, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: 20, after: $after) {\n        nodes {\n          ...CommentFields\n          replies(first: 20) {\n            nodes {\n              ...CommentFields\n            }\n            pageInfo {\n              endCursor\n              hasNextPage\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription CommentAdded($postId: ID!) {\n    commentAdded(postId: $postId) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  subscription CommentAdded($postId: ID!) {\n    commentAdded(postId: $postId) {\n      ...CommentFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
