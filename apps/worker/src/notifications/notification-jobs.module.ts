import { Module } from '@nestjs/common';
import { CommentsModule } from '@kindling/comments';
import { CommunitiesModule } from '@kindling/communities';
import { NotificationsModule } from '@kindling/notifications';
import { PostsModule } from '@kindling/posts';
import { SocialGraphModule } from '@kindling/social-graph';
import { ThreadsModule } from '@kindling/threads';
import { CommentNotifier } from './comment.notifier';
import { CommentMentionNotifier } from './comment-mention.notifier';
import { MentionNotifier } from './mention.notifier';
import { ReactionNotifier } from './reaction.notifier';
import { ReplyNotifier } from './reply.notifier';
import { ThreadPostNotifier } from './thread-post.notifier';
import { MembershipApprovedHandler } from './membership-approved.handler';
import { MembershipRequestedHandler } from './membership-requested.handler';
import { NewFollowerHandler } from './new-follower.handler';
import { FollowWithdrawnHandler } from './follow-withdrawn.handler';

@Module({
  imports: [CommunitiesModule, NotificationsModule, PostsModule, CommentsModule, ThreadsModule, SocialGraphModule],
  providers: [
    MembershipRequestedHandler,
    MembershipApprovedHandler,
    NewFollowerHandler,
    FollowWithdrawnHandler,
    ThreadPostNotifier,
    MentionNotifier,
    ReactionNotifier,
    CommentNotifier,
    CommentMentionNotifier,
    ReplyNotifier,
  ],
})
export class NotificationJobsModule {}
