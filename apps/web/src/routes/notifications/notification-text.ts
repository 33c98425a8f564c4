import type { NotificationType } from '../../graphql/graphql';

export interface NotificationLike {
  type: NotificationType;
  actorCount: number;
  actors: readonly { displayName: string }[];
  post?: { kind: string } | null;
  thread?: { title: string } | null;
  community?: { name: string } | null;
  roadmap?: { title: string } | null;
  job?: { title: string } | null;
}

/** "Ana", "Ana and Marcus", "Ana and 4 others": the most recent actor first, then how many more. */
export function actorsPhrase(actorCount: number, actors: readonly { displayName: string }[]): string {
  const first = actors[0]?.displayName ?? 'Someone';
  if (actorCount <= 1) return first;
  if (actorCount === 2 && actors[1]) return `${first} and ${actors[1].displayName}`;
  const others = actorCount - 1;
  return `${first} and ${others} ${others === 1 ? 'other' : 'others'}`;
}

/** One sentence for a grouped notification ("Ana and 4 others cheered your update"). */
export function notificationText(n: NotificationLike): string {
  const who = actorsPhrase(n.actorCount, n.actors);
  const kind = n.post?.kind.toLowerCase() ?? 'post';
  switch (n.type) {
    case 'POST_REACTION':
      return `${who} cheered your ${kind}`;
    case 'POST_COMMENT':
      return `${who} commented on your ${kind}`;
    case 'COMMENT_REPLY':
      return `${who} replied to your comment`;
    case 'MENTION':
      return `${who} mentioned you`;
    case 'NEW_FOLLOWER':
      return `${who} followed you`;
    case 'THREAD_POST':
      return `${who} posted in ${n.thread?.title ?? 'a thread you follow'}`;
    case 'MEMBERSHIP_REQUEST':
      return `${who} asked to join ${n.community?.name ?? 'your community'}`;
    case 'MEMBERSHIP_APPROVED':
      return `You are now a member of ${n.community?.name ?? 'the community'}`;
    case 'MENTORSHIP_REQUEST':
      return `${who} asked you to be their mentor`;
    case 'MENTORSHIP_ACCEPTED':
      return `${who} accepted your mentorship request`;
    case 'MENTORSHIP_DECLINED':
      return `${who} declined your mentorship request`;
    case 'ROOM_MESSAGE':
      return `${who} sent you a message`;
    case 'SESSION_SCHEDULED':
      return `${who} scheduled a mentorship session`;
    case 'STEP_VERIFIED':
      return `${who} verified a step of your roadmap`;
    case 'ROADMAP_PUBLISHED':
      return `${n.roadmap?.title ?? 'A roadmap you follow'} has a new version`;
    case 'JOB_MATCH':
      return `A job matches your skills: ${n.job?.title ?? 'see the jobs board'}`;
    default:
      // A type added to the API after this build still reads as a sentence.
      return n.actors.length > 0 ? `New activity from ${who}` : 'New activity';
  }
}
