import { Injectable } from '@nestjs/common';
import { CommentsService } from '@kindling/comments';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { PostsService } from '@kindling/posts';
import { ThreadVisibility } from '@kindling/threads';
import { PostNotifier } from './post-notifier';

/** POST_COMMENT to the post's author, grouped per post. */
@Injectable()
@HandlesJob('notify.post-comment')
export class CommentNotifier extends PostNotifier implements JobHandler<'notify.post-comment'> {
  constructor(
    posts: PostsService,
    visibility: ThreadVisibility,
    notifications: NotificationsService,
    private readonly comments: CommentsService,
  ) {
    super(posts, visibility, notifications);
  }

  async handle({ commentId }: JobPayload<'notify.post-comment'>): Promise<void> {
    const [comment] = await this.comments.findByIds([commentId]);
    const post = comment && !comment.deletedAt ? await this.livePost(comment.postId) : null;
    if (post) await this.notifyIfVisible(post, post.authorId, NotificationType.POST_COMMENT, comment.authorId, { postId: post.id });
  }
}
