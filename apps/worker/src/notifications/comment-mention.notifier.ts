import { Injectable } from '@nestjs/common';
import { CommentMentions, CommentsService } from '@kindling/comments';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { PostsService } from '@kindling/posts';
import { ThreadVisibility } from '@kindling/threads';
import { PostNotifier } from './post-notifier';

/**
 * MENTION to each member a comment names and who was not told yet, grouped per
 * comment (as post mentions are per post); only those who can see the post,
 * never across a block or from someone they mute (NotificationsService.notify).
 */
@Injectable()
@HandlesJob('notify.comment-mention')
export class CommentMentionNotifier extends PostNotifier implements JobHandler<'notify.comment-mention'> {
  constructor(
    posts: PostsService,
    visibility: ThreadVisibility,
    notifications: NotificationsService,
    private readonly comments: CommentsService,
    private readonly mentions: CommentMentions,
  ) {
    super(posts, visibility, notifications);
  }

  async handle({ commentId }: JobPayload<'notify.comment-mention'>): Promise<void> {
    const [comment] = await this.comments.findByIds([commentId]);
    const post = comment && !comment.deletedAt ? await this.livePost(comment.postId) : null;
    if (!post) return;
    const pending = await this.mentions.pending(comment.id);
    for (const recipientId of pending) {
      await this.notifyIfVisible(post, recipientId, NotificationType.MENTION, comment.authorId, { postId: post.id, commentId: comment.id });
    }
    // After notifying: a retried job tells nobody twice (notify counts an actor once per unread group).
    if (pending.length > 0) await this.mentions.markNotified(comment.id, pending);
  }
}
