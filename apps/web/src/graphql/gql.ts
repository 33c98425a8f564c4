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
  '\n  query Communities($query: String, $after: String) {\n    communities(first: 20, query: $query, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        description\n        visibility\n        memberCount\n        viewerMembership {\n          id\n          role\n          status\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.CommunitiesDocument;
  '\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      id\n      slug\n    }\n  }\n': typeof types.CreateCommunityDocument;
  '\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      description\n      visibility\n      memberCount\n      createdAt\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n': typeof types.CommunityDocument;
  '\n  query CommunityFeed($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      feed(first: 20, after: $after) {\n        nodes {\n          ...PostCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.CommunityFeedDocument;
  '\n  query CommunityThreads($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      threads(first: 20, after: $after) {\n        nodes {\n          id\n          title\n          goal\n          postCount\n          author {\n            id\n            handle\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.CommunityThreadsDocument;
  '\n  query CommunityMembers($slug: String!, $status: MembershipStatus!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(first: 50, status: $status, after: $after) {\n        nodes {\n          id\n          role\n          status\n          createdAt\n          user {\n            id\n            handle\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.CommunityMembersDocument;
  '\n  mutation ReviewMembership($membershipId: ID!, $approve: Boolean!) {\n    reviewMembership(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n      role\n    }\n  }\n': typeof types.ReviewMembershipDocument;
  '\n  mutation SetMemberRole($communityId: ID!, $userId: ID!, $role: CommunityRole!) {\n    setMemberRole(communityId: $communityId, userId: $userId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n': typeof types.SetMemberRoleDocument;
  '\n  mutation BanMember($communityId: ID!, $userId: ID!, $reason: String) {\n    banMember(communityId: $communityId, userId: $userId, reason: $reason) {\n      id\n      role\n      status\n    }\n  }\n': typeof types.BanMemberDocument;
  '\n  mutation UnbanMember($communityId: ID!, $userId: ID!) {\n    unbanMember(communityId: $communityId, userId: $userId)\n  }\n': typeof types.UnbanMemberDocument;
  '\n  query CommunityReports($slug: String!, $status: ReportStatus) {\n    community(slug: $slug) {\n      id\n      reports(first: 30, status: $status) {\n        nodes {\n          id\n          reason\n          details\n          status\n          createdAt\n          reporter {\n            id\n            handle\n            displayName\n          }\n          post {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n          }\n          comment {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.CommunityReportsDocument;
  '\n  mutation ResolveReport($id: ID!, $resolution: ReportResolution!) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      status\n      resolvedAt\n    }\n  }\n': typeof types.ResolveReportDocument;
  '\n  query ModerationLog($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      moderationLog(first: 30, after: $after) {\n        nodes {\n          id\n          type\n          reason\n          createdAt\n          moderator {\n            id\n            displayName\n          }\n          targetUser {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.ModerationLogDocument;
  '\n  query ComposerThreads {\n    me {\n      id\n      threads(first: 50) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.ComposerThreadsDocument;
  '\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.HomeFeedDocument;
  '\n  subscription HomeFeedPostAdded {\n    homeFeedPostAdded {\n      ...PostCardFields\n    }\n  }\n': typeof types.HomeFeedPostAddedDocument;
  '\n  fragment NotificationFields on Notification {\n    id\n    type\n    actorCount\n    createdAt\n    updatedAt\n    readAt\n    actors {\n      id\n      handle\n      displayName\n    }\n    post {\n      id\n      kind\n      thread {\n        id\n      }\n    }\n    thread {\n      id\n      title\n    }\n    community {\n      id\n      slug\n      name\n    }\n    roadmap {\n      id\n      title\n    }\n    job {\n      id\n      title\n    }\n  }\n': typeof types.NotificationFieldsFragmentDoc;
  '\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  subscription NotificationReceived {\n    notificationReceived {\n      ...NotificationFields\n    }\n  }\n': typeof types.NotificationReceivedDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n': typeof types.MarkAllNotificationsReadDocument;
  '\n  query Profile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      headline\n      bio\n      skills\n      interests\n      timezone\n      createdAt\n      followerCount\n      followingCount\n      viewerIsFollowing\n      viewerHasBlocked\n      viewerHasMuted\n      threads(first: 20) {\n        nodes {\n          id\n          title\n          goal\n          status\n          postCount\n          currentStreak\n          updatedAt\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.ProfileDocument;
  '\n  fragment RelationFields on User {\n    id\n    viewerIsFollowing\n    viewerHasBlocked\n    viewerHasMuted\n    followerCount\n  }\n': typeof types.RelationFieldsFragmentDoc;
  '\n  mutation Follow($userId: ID!) {\n    follow(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': typeof types.FollowDocument;
  '\n  mutation Unfollow($userId: ID!) {\n    unfollow(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': typeof types.UnfollowDocument;
  '\n  mutation Block($userId: ID!) {\n    blockUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': typeof types.BlockDocument;
  '\n  mutation Unblock($userId: ID!) {\n    unblockUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': typeof types.UnblockDocument;
  '\n  mutation Mute($userId: ID!) {\n    muteUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': typeof types.MuteDocument;
  '\n  mutation Unmute($userId: ID!) {\n    unmuteUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': typeof types.UnmuteDocument;
  '\n  query People($handle: String!, $followers: Boolean!, $after: String) {\n    user(handle: $handle) {\n      id\n      followers(first: 30, after: $after) @include(if: $followers) {\n        nodes {\n          id\n          handle\n          displayName\n          headline\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n      following(first: 30, after: $after) @skip(if: $followers) {\n        nodes {\n          id\n          handle\n          displayName\n          headline\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.PeopleDocument;
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      headline\n      bio\n      skills\n      interests\n      timezone\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  query Search($query: String!) {\n    search(query: $query, limit: 10) {\n      users {\n        id\n        handle\n        displayName\n        headline\n      }\n      communities {\n        id\n        slug\n        name\n        memberCount\n        visibility\n      }\n      threads {\n        id\n        title\n        goal\n        author {\n          id\n          displayName\n        }\n      }\n      posts {\n        ...PostCardFields\n      }\n      roadmaps {\n        id\n        title\n        description\n        community {\n          id\n          slug\n          name\n        }\n      }\n      jobs {\n        id\n        title\n        company\n        location\n        remote\n        applyUrl\n      }\n    }\n  }\n': typeof types.SearchDocument;
  '\n  query Thread($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      goal\n      status\n      createdAt\n      currentStreak\n      longestStreak\n      postCount\n      subscriberCount\n      viewerIsSubscribed\n      author {\n        id\n        handle\n        displayName\n        timezone\n      }\n      community {\n        id\n        slug\n        name\n      }\n      days: posts(first: 100) {\n        nodes {\n          id\n          createdAt\n        }\n      }\n      posts(first: 20, after: $after) {\n        nodes {\n          ...PostCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.ThreadDocument;
  '\n  subscription ThreadPostAdded($threadId: ID!) {\n    threadPostAdded(threadId: $threadId) {\n      ...PostCardFields\n    }\n  }\n': typeof types.ThreadPostAddedDocument;
  '\n  mutation SubscribeToThread($threadId: ID!) {\n    subscribeToThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n': typeof types.SubscribeToThreadDocument;
  '\n  mutation UnsubscribeFromThread($threadId: ID!) {\n    unsubscribeFromThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n': typeof types.UnsubscribeFromThreadDocument;
  '\n  fragment ViewerFields on User {\n    id\n    handle\n    displayName\n    timezone\n    email\n  }\n': typeof types.ViewerFieldsFragmentDoc;
  '\n  query Viewer($signedIn: Boolean!) {\n    me {\n      ...ViewerFields\n      threads(first: 50) @include(if: $signedIn) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n    unreadNotificationCount @include(if: $signedIn)\n  }\n': typeof types.ViewerDocument;
  '\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.CreateThreadDocument;
  '\n  mutation JoinCommunity($communityId: ID!) {\n    joinCommunity(communityId: $communityId) {\n      id\n      role\n      status\n      community {\n        id\n        memberCount\n        viewerMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n': typeof types.JoinCommunityDocument;
  '\n  mutation LeaveCommunity($communityId: ID!) {\n    leaveCommunity(communityId: $communityId)\n  }\n': typeof types.LeaveCommunityDocument;
  '\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCardFields\n      thread {\n        id\n        postCount\n        currentStreak\n        longestStreak\n      }\n    }\n  }\n': typeof types.CreatePostDocument;
  '\n  query MentionSuggestions($query: String!) {\n    search(query: $query, limit: 5) {\n      users {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n': typeof types.MentionSuggestionsDocument;
  '\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      ...PostCardFields\n    }\n  }\n': typeof types.EditPostDocument;
  '\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n': typeof types.DeletePostDocument;
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n': typeof types.AddCommentDocument;
  '\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n': typeof types.EditCommentDocument;
  '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n': typeof types.DeleteCommentDocument;
  '\n  query PublicFeed($tag: String, $after: String) {\n    publicFeed(first: 20, tag: $tag, after: $after) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.PublicFeedDocument;
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
  '\n  query Communities($query: String, $after: String) {\n    communities(first: 20, query: $query, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        description\n        visibility\n        memberCount\n        viewerMembership {\n          id\n          role\n          status\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.CommunitiesDocument,
  '\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      id\n      slug\n    }\n  }\n':
    types.CreateCommunityDocument,
  '\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      description\n      visibility\n      memberCount\n      createdAt\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n':
    types.CommunityDocument,
  '\n  query CommunityFeed($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      feed(first: 20, after: $after) {\n        nodes {\n          ...PostCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.CommunityFeedDocument,
  '\n  query CommunityThreads($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      threads(first: 20, after: $after) {\n        nodes {\n          id\n          title\n          goal\n          postCount\n          author {\n            id\n            handle\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.CommunityThreadsDocument,
  '\n  query CommunityMembers($slug: String!, $status: MembershipStatus!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(first: 50, status: $status, after: $after) {\n        nodes {\n          id\n          role\n          status\n          createdAt\n          user {\n            id\n            handle\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.CommunityMembersDocument,
  '\n  mutation ReviewMembership($membershipId: ID!, $approve: Boolean!) {\n    reviewMembership(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n      role\n    }\n  }\n':
    types.ReviewMembershipDocument,
  '\n  mutation SetMemberRole($communityId: ID!, $userId: ID!, $role: CommunityRole!) {\n    setMemberRole(communityId: $communityId, userId: $userId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n':
    types.SetMemberRoleDocument,
  '\n  mutation BanMember($communityId: ID!, $userId: ID!, $reason: String) {\n    banMember(communityId: $communityId, userId: $userId, reason: $reason) {\n      id\n      role\n      status\n    }\n  }\n':
    types.BanMemberDocument,
  '\n  mutation UnbanMember($communityId: ID!, $userId: ID!) {\n    unbanMember(communityId: $communityId, userId: $userId)\n  }\n':
    types.UnbanMemberDocument,
  '\n  query CommunityReports($slug: String!, $status: ReportStatus) {\n    community(slug: $slug) {\n      id\n      reports(first: 30, status: $status) {\n        nodes {\n          id\n          reason\n          details\n          status\n          createdAt\n          reporter {\n            id\n            handle\n            displayName\n          }\n          post {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n          }\n          comment {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.CommunityReportsDocument,
  '\n  mutation ResolveReport($id: ID!, $resolution: ReportResolution!) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      status\n      resolvedAt\n    }\n  }\n':
    types.ResolveReportDocument,
  '\n  query ModerationLog($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      moderationLog(first: 30, after: $after) {\n        nodes {\n          id\n          type\n          reason\n          createdAt\n          moderator {\n            id\n            displayName\n          }\n          targetUser {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.ModerationLogDocument,
  '\n  query ComposerThreads {\n    me {\n      id\n      threads(first: 50) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.ComposerThreadsDocument,
  '\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.HomeFeedDocument,
  '\n  subscription HomeFeedPostAdded {\n    homeFeedPostAdded {\n      ...PostCardFields\n    }\n  }\n': types.HomeFeedPostAddedDocument,
  '\n  fragment NotificationFields on Notification {\n    id\n    type\n    actorCount\n    createdAt\n    updatedAt\n    readAt\n    actors {\n      id\n      handle\n      displayName\n    }\n    post {\n      id\n      kind\n      thread {\n        id\n      }\n    }\n    thread {\n      id\n      title\n    }\n    community {\n      id\n      slug\n      name\n    }\n    roadmap {\n      id\n      title\n    }\n    job {\n      id\n      title\n    }\n  }\n':
    types.NotificationFieldsFragmentDoc,
  '\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  subscription NotificationReceived {\n    notificationReceived {\n      ...NotificationFields\n    }\n  }\n':
    types.NotificationReceivedDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n': types.MarkNotificationsReadDocument,
  '\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n': types.MarkAllNotificationsReadDocument,
  '\n  query Profile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      headline\n      bio\n      skills\n      interests\n      timezone\n      createdAt\n      followerCount\n      followingCount\n      viewerIsFollowing\n      viewerHasBlocked\n      viewerHasMuted\n      threads(first: 20) {\n        nodes {\n          id\n          title\n          goal\n          status\n          postCount\n          currentStreak\n          updatedAt\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.ProfileDocument,
  '\n  fragment RelationFields on User {\n    id\n    viewerIsFollowing\n    viewerHasBlocked\n    viewerHasMuted\n    followerCount\n  }\n':
    types.RelationFieldsFragmentDoc,
  '\n  mutation Follow($userId: ID!) {\n    follow(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': types.FollowDocument,
  '\n  mutation Unfollow($userId: ID!) {\n    unfollow(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': types.UnfollowDocument,
  '\n  mutation Block($userId: ID!) {\n    blockUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': types.BlockDocument,
  '\n  mutation Unblock($userId: ID!) {\n    unblockUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': types.UnblockDocument,
  '\n  mutation Mute($userId: ID!) {\n    muteUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': types.MuteDocument,
  '\n  mutation Unmute($userId: ID!) {\n    unmuteUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n': types.UnmuteDocument,
  '\n  query People($handle: String!, $followers: Boolean!, $after: String) {\n    user(handle: $handle) {\n      id\n      followers(first: 30, after: $after) @include(if: $followers) {\n        nodes {\n          id\n          handle\n          displayName\n          headline\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n      following(first: 30, after: $after) @skip(if: $followers) {\n        nodes {\n          id\n          handle\n          displayName\n          headline\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.PeopleDocument,
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      headline\n      bio\n      skills\n      interests\n      timezone\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  query Search($query: String!) {\n    search(query: $query, limit: 10) {\n      users {\n        id\n        handle\n        displayName\n        headline\n      }\n      communities {\n        id\n        slug\n        name\n        memberCount\n        visibility\n      }\n      threads {\n        id\n        title\n        goal\n        author {\n          id\n          displayName\n        }\n      }\n      posts {\n        ...PostCardFields\n      }\n      roadmaps {\n        id\n        title\n        description\n        community {\n          id\n          slug\n          name\n        }\n      }\n      jobs {\n        id\n        title\n        company\n        location\n        remote\n        applyUrl\n      }\n    }\n  }\n':
    types.SearchDocument,
  '\n  query Thread($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      goal\n      status\n      createdAt\n      currentStreak\n      longestStreak\n      postCount\n      subscriberCount\n      viewerIsSubscribed\n      author {\n        id\n        handle\n        displayName\n        timezone\n      }\n      community {\n        id\n        slug\n        name\n      }\n      days: posts(first: 100) {\n        nodes {\n          id\n          createdAt\n        }\n      }\n      posts(first: 20, after: $after) {\n        nodes {\n          ...PostCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.ThreadDocument,
  '\n  subscription ThreadPostAdded($threadId: ID!) {\n    threadPostAdded(threadId: $threadId) {\n      ...PostCardFields\n    }\n  }\n':
    types.ThreadPostAddedDocument,
  '\n  mutation SubscribeToThread($threadId: ID!) {\n    subscribeToThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n':
    types.SubscribeToThreadDocument,
  '\n  mutation UnsubscribeFromThread($threadId: ID!) {\n    unsubscribeFromThread(threadId: $threadId) {\n      id\n      viewerIsSubscribed\n      subscriberCount\n    }\n  }\n':
    types.UnsubscribeFromThreadDocument,
  '\n  fragment ViewerFields on User {\n    id\n    handle\n    displayName\n    timezone\n    email\n  }\n': types.ViewerFieldsFragmentDoc,
  '\n  query Viewer($signedIn: Boolean!) {\n    me {\n      ...ViewerFields\n      threads(first: 50) @include(if: $signedIn) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n    unreadNotificationCount @include(if: $signedIn)\n  }\n':
    types.ViewerDocument,
  '\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n':
    types.CreateThreadDocument,
  '\n  mutation JoinCommunity($communityId: ID!) {\n    joinCommunity(communityId: $communityId) {\n      id\n      role\n      status\n      community {\n        id\n        memberCount\n        viewerMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n':
    types.JoinCommunityDocument,
  '\n  mutation LeaveCommunity($communityId: ID!) {\n    leaveCommunity(communityId: $communityId)\n  }\n': types.LeaveCommunityDocument,
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
  '\n  query PublicFeed($tag: String, $after: String) {\n    publicFeed(first: 20, tag: $tag, after: $after) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.PublicFeedDocument,
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
  source: '\n  query Communities($query: String, $after: String) {\n    communities(first: 20, query: $query, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        description\n        visibility\n        memberCount\n        viewerMembership {\n          id\n          role\n          status\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Communities($query: String, $after: String) {\n    communities(first: 20, query: $query, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        description\n        visibility\n        memberCount\n        viewerMembership {\n          id\n          role\n          status\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      id\n      slug\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      id\n      slug\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      description\n      visibility\n      memberCount\n      createdAt\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      description\n      visibility\n      memberCount\n      createdAt\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommunityFeed($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      feed(first: 20, after: $after) {\n        nodes {\n          ...PostCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CommunityFeed($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      feed(first: 20, after: $after) {\n        nodes {\n          ...PostCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommunityThreads($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      threads(first: 20, after: $after) {\n        nodes {\n          id\n          title\n          goal\n          postCount\n          author {\n            id\n            handle\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CommunityThreads($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      threads(first: 20, after: $after) {\n        nodes {\n          id\n          title\n          goal\n          postCount\n          author {\n            id\n            handle\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommunityMembers($slug: String!, $status: MembershipStatus!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(first: 50, status: $status, after: $after) {\n        nodes {\n          id\n          role\n          status\n          createdAt\n          user {\n            id\n            handle\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CommunityMembers($slug: String!, $status: MembershipStatus!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(first: 50, status: $status, after: $after) {\n        nodes {\n          id\n          role\n          status\n          createdAt\n          user {\n            id\n            handle\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewMembership($membershipId: ID!, $approve: Boolean!) {\n    reviewMembership(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n      role\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewMembership($membershipId: ID!, $approve: Boolean!) {\n    reviewMembership(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMemberRole($communityId: ID!, $userId: ID!, $role: CommunityRole!) {\n    setMemberRole(communityId: $communityId, userId: $userId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMemberRole($communityId: ID!, $userId: ID!, $role: CommunityRole!) {\n    setMemberRole(communityId: $communityId, userId: $userId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BanMember($communityId: ID!, $userId: ID!, $reason: String) {\n    banMember(communityId: $communityId, userId: $userId, reason: $reason) {\n      id\n      role\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation BanMember($communityId: ID!, $userId: ID!, $reason: String) {\n    banMember(communityId: $communityId, userId: $userId, reason: $reason) {\n      id\n      role\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnbanMember($communityId: ID!, $userId: ID!) {\n    unbanMember(communityId: $communityId, userId: $userId)\n  }\n',
): (typeof documents)['\n  mutation UnbanMember($communityId: ID!, $userId: ID!) {\n    unbanMember(communityId: $communityId, userId: $userId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommunityReports($slug: String!, $status: ReportStatus) {\n    community(slug: $slug) {\n      id\n      reports(first: 30, status: $status) {\n        nodes {\n          id\n          reason\n          details\n          status\n          createdAt\n          reporter {\n            id\n            handle\n            displayName\n          }\n          post {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n          }\n          comment {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CommunityReports($slug: String!, $status: ReportStatus) {\n    community(slug: $slug) {\n      id\n      reports(first: 30, status: $status) {\n        nodes {\n          id\n          reason\n          details\n          status\n          createdAt\n          reporter {\n            id\n            handle\n            displayName\n          }\n          post {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n          }\n          comment {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveReport($id: ID!, $resolution: ReportResolution!) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      status\n      resolvedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveReport($id: ID!, $resolution: ReportResolution!) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      status\n      resolvedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationLog($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      moderationLog(first: 30, after: $after) {\n        nodes {\n          id\n          type\n          reason\n          createdAt\n          moderator {\n            id\n            displayName\n          }\n          targetUser {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModerationLog($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id\n      moderationLog(first: 30, after: $after) {\n        nodes {\n          id\n          type\n          reason\n          createdAt\n          moderator {\n            id\n            displayName\n          }\n          targetUser {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  fragment NotificationFields on Notification {\n    id\n    type\n    actorCount\n    createdAt\n    updatedAt\n    readAt\n    actors {\n      id\n      handle\n      displayName\n    }\n    post {\n      id\n      kind\n      thread {\n        id\n      }\n    }\n    thread {\n      id\n      title\n    }\n    community {\n      id\n      slug\n      name\n    }\n    roadmap {\n      id\n      title\n    }\n    job {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment NotificationFields on Notification {\n    id\n    type\n    actorCount\n    createdAt\n    updatedAt\n    readAt\n    actors {\n      id\n      handle\n      displayName\n    }\n    post {\n      id\n      kind\n      thread {\n        id\n      }\n    }\n    thread {\n      id\n      title\n    }\n    community {\n      id\n      slug\n      name\n    }\n    roadmap {\n      id\n      title\n    }\n    job {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationReceived {\n    notificationReceived {\n      ...NotificationFields\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationReceived {\n    notificationReceived {\n      ...NotificationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n',
): (typeof documents)['\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Profile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      headline\n      bio\n      skills\n      interests\n      timezone\n      createdAt\n      followerCount\n      followingCount\n      viewerIsFollowing\n      viewerHasBlocked\n      viewerHasMuted\n      threads(first: 20) {\n        nodes {\n          id\n          title\n          goal\n          status\n          postCount\n          currentStreak\n          updatedAt\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Profile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      headline\n      bio\n      skills\n      interests\n      timezone\n      createdAt\n      followerCount\n      followingCount\n      viewerIsFollowing\n      viewerHasBlocked\n      viewerHasMuted\n      threads(first: 20) {\n        nodes {\n          id\n          title\n          goal\n          status\n          postCount\n          currentStreak\n          updatedAt\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RelationFields on User {\n    id\n    viewerIsFollowing\n    viewerHasBlocked\n    viewerHasMuted\n    followerCount\n  }\n',
): (typeof documents)['\n  fragment RelationFields on User {\n    id\n    viewerIsFollowing\n    viewerHasBlocked\n    viewerHasMuted\n    followerCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Follow($userId: ID!) {\n    follow(userId: $userId) {\n      ...RelationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Follow($userId: ID!) {\n    follow(userId: $userId) {\n      ...RelationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Unfollow($userId: ID!) {\n    unfollow(userId: $userId) {\n      ...RelationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Unfollow($userId: ID!) {\n    unfollow(userId: $userId) {\n      ...RelationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Block($userId: ID!) {\n    blockUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Block($userId: ID!) {\n    blockUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Unblock($userId: ID!) {\n    unblockUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Unblock($userId: ID!) {\n    unblockUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Mute($userId: ID!) {\n    muteUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Mute($userId: ID!) {\n    muteUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Unmute($userId: ID!) {\n    unmuteUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Unmute($userId: ID!) {\n    unmuteUser(userId: $userId) {\n      ...RelationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query People($handle: String!, $followers: Boolean!, $after: String) {\n    user(handle: $handle) {\n      id\n      followers(first: 30, after: $after) @include(if: $followers) {\n        nodes {\n          id\n          handle\n          displayName\n          headline\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n      following(first: 30, after: $after) @skip(if: $followers) {\n        nodes {\n          id\n          handle\n          displayName\n          headline\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query People($handle: String!, $followers: Boolean!, $after: String) {\n    user(handle: $handle) {\n      id\n      followers(first: 30, after: $after) @include(if: $followers) {\n        nodes {\n          id\n          handle\n          displayName\n          headline\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n      following(first: 30, after: $after) @skip(if: $followers) {\n        nodes {\n          id\n          handle\n          displayName\n          headline\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      headline\n      bio\n      skills\n      interests\n      timezone\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      headline\n      bio\n      skills\n      interests\n      timezone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Search($query: String!) {\n    search(query: $query, limit: 10) {\n      users {\n        id\n        handle\n        displayName\n        headline\n      }\n      communities {\n        id\n        slug\n        name\n        memberCount\n        visibility\n      }\n      threads {\n        id\n        title\n        goal\n        author {\n          id\n          displayName\n        }\n      }\n      posts {\n        ...PostCardFields\n      }\n      roadmaps {\n        id\n        title\n        description\n        community {\n          id\n          slug\n          name\n        }\n      }\n      jobs {\n        id\n        title\n        company\n        location\n        remote\n        applyUrl\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Search($query: String!) {\n    search(query: $query, limit: 10) {\n      users {\n        id\n        handle\n        displayName\n        headline\n      }\n      communities {\n        id\n        slug\n        name\n        memberCount\n        visibility\n      }\n      threads {\n        id\n        title\n        goal\n        author {\n          id\n          displayName\n        }\n      }\n      posts {\n        ...PostCardFields\n      }\n      roadmaps {\n        id\n        title\n        description\n        community {\n          id\n          slug\n          name\n        }\n      }\n      jobs {\n        id\n        title\n        company\n        location\n        remote\n        applyUrl\n      }\n    }\n  }\n'];
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
  source: '\n  query Viewer($signedIn: Boolean!) {\n    me {\n      ...ViewerFields\n      threads(first: 50) @include(if: $signedIn) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n    unreadNotificationCount @include(if: $signedIn)\n  }\n',
): (typeof documents)['\n  query Viewer($signedIn: Boolean!) {\n    me {\n      ...ViewerFields\n      threads(first: 50) @include(if: $signedIn) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n    unreadNotificationCount @include(if: $signedIn)\n  }\n'];
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
  source: '\n  mutation JoinCommunity($communityId: ID!) {\n    joinCommunity(communityId: $communityId) {\n      id\n      role\n      status\n      community {\n        id\n        memberCount\n        viewerMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation JoinCommunity($communityId: ID!) {\n    joinCommunity(communityId: $communityId) {\n      id\n      role\n      status\n      community {\n        id\n        memberCount\n        viewerMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LeaveCommunity($communityId: ID!) {\n    leaveCommunity(communityId: $communityId)\n  }\n',
): (typeof documents)['\n  mutation LeaveCommunity($communityId: ID!) {\n    leaveCommunity(communityId: $communityId)\n  }\n'];
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
  source: '\n  query PublicFeed($tag: String, $after: String) {\n    publicFeed(first: 20, tag: $tag, after: $after) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PublicFeed($tag: String, $after: String) {\n    publicFeed(first: 20, tag: $tag, after: $after) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
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
