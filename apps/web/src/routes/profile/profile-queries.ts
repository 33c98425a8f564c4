import { graphql } from '../../graphql';

export const ProfileQuery = graphql(`
  query Profile($handle: String!) {
    user(handle: $handle) {
      id
      handle
      displayName
      headline
      bio
      skills
      interests
      timezone
      createdAt
      followerCount
      followingCount
      viewerIsFollowing
      viewerHasBlocked
      viewerHasMuted
      threads(first: 20) {
        nodes {
          id
          title
          goal
          status
          postCount
          currentStreak
          updatedAt
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const RelationsFields = graphql(`
  fragment RelationFields on User {
    id
    viewerIsFollowing
    viewerHasBlocked
    viewerHasMuted
    followerCount
  }
`);

export const FollowMutation = graphql(`
  mutation Follow($userId: ID!) {
    follow(userId: $userId) {
      ...RelationFields
    }
  }
`);
export const UnfollowMutation = graphql(`
  mutation Unfollow($userId: ID!) {
    unfollow(userId: $userId) {
      ...RelationFields
    }
  }
`);
export const BlockMutation = graphql(`
  mutation Block($userId: ID!) {
    blockUser(userId: $userId) {
      ...RelationFields
    }
  }
`);
export const UnblockMutation = graphql(`
  mutation Unblock($userId: ID!) {
    unblockUser(userId: $userId) {
      ...RelationFields
    }
  }
`);
export const MuteMutation = graphql(`
  mutation Mute($userId: ID!) {
    muteUser(userId: $userId) {
      ...RelationFields
    }
  }
`);
export const UnmuteMutation = graphql(`
  mutation Unmute($userId: ID!) {
    unmuteUser(userId: $userId) {
      ...RelationFields
    }
  }
`);

export const PeopleQuery = graphql(`
  query People($handle: String!, $followers: Boolean!, $after: String) {
    user(handle: $handle) {
      id
      followers(first: 30, after: $after) @include(if: $followers) {
        nodes {
          id
          handle
          displayName
          headline
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
      following(first: 30, after: $after) @skip(if: $followers) {
        nodes {
          id
          handle
          displayName
          headline
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      headline
      bio
      skills
      interests
      timezone
    }
  }
`);
