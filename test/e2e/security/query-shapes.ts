/**
 * Operations the cost model is judged by: what a web client naturally sends
 * (each must pass), and the shapes of issue #14 item 1 (each must be refused).
 * Variables are placeholders the spec fills: $post, $roadmap, $room, $handle.
 */

const AUTHOR = `author { id handle displayName }`;
const COMMENT = `id body createdAt editedAt deletedAt replyCount ${AUTHOR}`;
const POST = `id kind body tags createdAt editedAt commentCount viewerReactions reactions { type count } mentions { id handle } ${AUTHOR}
  thread { id title community { id slug name } }`;
const STEP = `id title description position estimatedHours resources { title url kind } prerequisites { id title }`;
const ROADMAP = `id slug title description status version hasUnpublishedChanges enrollmentCount publishedAt community { id } author { id } steps { ${STEP} }`;
const PROGRESS = `step { id title position } status unlocked updatedAt evidence { id } verifiedBy { id }`;

export const NATURAL: Record<string, string> = {
  'a post with three levels of comments at the default page sizes': `query($post: ID!) { post(id: $post) { ${POST}
    comments { pageInfo { hasNextPage endCursor } nodes { ${COMMENT}
      replies { pageInfo { hasNextPage endCursor } nodes { ${COMMENT}
        replies { pageInfo { hasNextPage endCursor } nodes { ${COMMENT} } } } } } } } }`,
  'the home feed with a comment preview': `{ homeFeed { pageInfo { hasNextPage endCursor } nodes { ${POST}
    comments(first: 3) { nodes { ${COMMENT} } } } } }`,
  'a roadmap page (every step, its resources and prerequisites)': `query($roadmap: ID!) { roadmap(id: $roadmap) { ${ROADMAP} viewerEnrollment { id status } } }`,
  'my enrollments with their step progress': `{ myEnrollments { pageInfo { hasNextPage endCursor } nodes { id version upgradeAvailable status progress completedAt
    user { id } roadmap { id title } thread { id title community { id } } steps { ${PROGRESS} } } } }`,
  'a mentorship room page': `query($room: ID!) { mentorshipRoom(id: $room) { id status progress createdAt mentor { id handle } mentee { id handle }
    goals { id title status dueAt } feedback { rating comment author { id } }
    sessions { nodes { id scheduledAt durationMinutes status agenda actionItems { id title done assignee { id } } } }
    messages { pageInfo { hasNextPage endCursor } nodes { id body createdAt ${AUTHOR} } } } }`,
  'the notifications list': `{ notifications { pageInfo { hasNextPage endCursor } nodes { id type createdAt readAt actorCount
    actors { id handle displayName } post { id } thread { id title } comment { id } community { id slug } } } }`,
  'a member profile with followers and threads': `query($handle: String!) { user(handle: $handle) { id handle displayName headline bio skills interests
    followerCount followingCount viewerIsFollowing followers { nodes { id handle displayName } }
    threads { nodes { id title goal currentStreak posts(first: 5) { nodes { id body createdAt } } } } } }`,
  'search across every kind': `{ search(query: "growth") { users { id handle } communities { id name } threads { id title }
    posts { id body ${AUTHOR} } roadmaps { id title } jobs { id title } } }`,
};

export const ABUSIVE: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'the roadmap DAG, prerequisites two levels deep': {
    query: `query($roadmap: ID!) { roadmap(id: $roadmap) { steps { prerequisites { prerequisites { id } } } } }`,
  },
  'the roadmap DAG, prerequisites three levels deep (no token needed)': {
    query: `query($roadmap: ID!) { roadmap(id: $roadmap) { steps { prerequisites { prerequisites { prerequisites { id } } } } } }`,
  },
  'a page size hidden in a variable default': {
    query: `query($handle: String!, $n: Int = 100) { user(handle: $handle) { followers(first: $n) { nodes { followers(first: $n) {
      nodes { followers(first: $n) { nodes { id } } } } } } } }`,
  },
  'room messages at their real default of 50, nested': {
    query: `{ myRooms(first: 40) { nodes { messages { nodes { author { followers(first: 10) { nodes { id } } } } } } } }`,
  },
  'four levels of comments at the default page sizes': {
    query: `query($post: ID!) { post(id: $post) { comments { nodes { replies { nodes { replies { nodes { replies { nodes { id } } } } } } } } } }`,
  },
};
