import { InMemoryCache } from '@apollo/client';
import { connection } from './pagination';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          homeFeed: connection(),
          publicFeed: connection(['tag']),
          communities: connection(['query']),
          notifications: connection(['unreadOnly']),
        },
      },
      User: { fields: { threads: connection(), followers: connection(), following: connection() } },
      GrowthThread: { fields: { posts: connection(['first']) } },
      Post: { fields: { comments: connection(), reactions: { merge: false }, viewerReactions: { merge: false } } },
      Comment: { fields: { replies: connection() } },
      Community: {
        fields: {
          feed: connection(),
          threads: connection(),
          members: connection(['role', 'status']),
          reports: connection(['status']),
          moderationLog: connection(),
        },
      },
      SearchResults: { merge: false },
    },
  });
}
