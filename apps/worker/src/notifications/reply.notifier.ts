import { Injectable } from '@nestjs/common';
import { CommentsService } from '@kindling/comments';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { PostsService } from '@kindling/posts';
import { ThreadVisibility } from '@kindling/threads';
import { PostNotifier } from './post-notifier';

/** COMMENT_REPLY to the parent comment's author, grouped per parent. */
@Injectable()
@HandlesJob('notify.comment-reply')
export class ReplyNotifier extends PostNotifier implements JobHandler<'notify.comment-reply'> {
  constructor(
    posts: PostsService,
    visibility: ThreadVisibility,
    notifications: NotificationsService,
    private readonly comments: CommentsService,
  ) {
    super(posts, visibility, notifications);
  }

  async handle({ commentId }: JobPayload<'notify.comment-reply'>): Promise<void> {
    const [reply] = await this.comments.findByIds([commentId]);
    if (!reply?.parentId || reply.deletedAt) return;
    const [parent] = await this.comments.findByIds([reply.parentId]);
    const post = parent && !parent.deletedAt ? await this.livePost(reply.postId) : null;
    if (post) {
      await this.notifyIfVisible(post, parent.authorId, NotificationType.COMMENT_REPLY, reply.authorId, {
        postId: post.id,
        commentId: parent.id,
      });
    }
  }
}
