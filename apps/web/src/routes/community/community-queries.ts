import { graphql } from '../../graphql';

export const CommunityQuery = graphql(`
  query Community($slug: String!) {
    community(slug: $slug) {
      id
      slug
      name
      description
      visibility
      memberCount
      createdAt
      viewerMembership {
        id
        role
        status
      }
    }
  }
`);

export const CommunityFeedQuery = graphql(`
  query CommunityFeed($slug: String!, $after: String) {
    community(slug: $slug) {
      id
      feed(first: 20, after: $after) {
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

export const CommunityThreadsQuery = graphql(`
  query CommunityThreads($slug: String!, $after: String) {
    community(slug: $slug) {
      id
      threads(first: 20, after: $after) {
        nodes {
          id
          title
          goal
          postCount
          author {
            id
            handle
            displayName
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

export const CommunityMembersQuery = graphql(`
  query CommunityMembers($slug: String!, $status: MembershipStatus!, $after: String) {
    community(slug: $slug) {
      id
      members(first: 50, status: $status, after: $after) {
        nodes {
          id
          role
          status
          createdAt
          user {
            id
            handle
            displayName
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

export const ReviewMembershipMutation = graphql(`
  mutation ReviewMembership($membershipId: ID!, $approve: Boolean!) {
    reviewMembership(membershipId: $membershipId, approve: $approve) {
      id
      status
      role
    }
  }
`);

export const SetMemberRoleMutation = graphql(`
  mutation SetMemberRole($communityId: ID!, $userId: ID!, $role: CommunityRole!) {
    setMemberRole(communityId: $communityId, userId: $userId, role: $role) {
      id
      role
      status
    }
  }
`);

export const BanMemberMutation = graphql(`
  mutation BanMember($communityId: ID!, $userId: ID!, $reason: String) {
    banMember(communityId: $communityId, userId: $userId, reason: $reason) {
      id
      role
      status
    }
  }
`);

export const UnbanMemberMutation = graphql(`
  mutation UnbanMember($communityId: ID!, $userId: ID!) {
    unbanMember(communityId: $communityId, userId: $userId)
  }
`);

export const CommunityReportsQuery = graphql(`
  query CommunityReports($slug: String!, $status: ReportStatus) {
    community(slug: $slug) {
      id
      reports(first: 30, status: $status) {
        nodes {
          id
          reason
          details
          status
          createdAt
          reporter {
            id
            handle
            displayName
          }
          post {
            id
            body
            author {
              id
              displayName
            }
          }
          comment {
            id
            body
            author {
              id
              displayName
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

export const ResolveReportMutation = graphql(`
  mutation ResolveReport($id: ID!, $resolution: ReportResolution!) {
    resolveReport(id: $id, resolution: $resolution) {
      id
      status
      resolvedAt
    }
  }
`);

export const ModerationLogQuery = graphql(`
  query ModerationLog($slug: String!, $after: String) {
    community(slug: $slug) {
      id
      moderationLog(first: 30, after: $after) {
        nodes {
          id
          type
          reason
          createdAt
          moderator {
            id
            displayName
          }
          targetUser {
            id
            displayName
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
