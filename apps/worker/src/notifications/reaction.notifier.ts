import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationType } from '@kindling/notifications';
import { PostNotifier } from './post-notifier';

/** POST_REACTION to the post's author, grouped per post. */
@Injectable()
@HandlesJob('notify.post-reaction')
export class ReactionNotifier extends PostNotifier implements JobHandler<'notify.post-reaction'> {
  async handle({ postId, reactorId }: JobPayload<'notify.post-reaction'>): Promise<void> {
    const post = await this.livePost(postId);
    if (post) await this.notifyIfVisible(post, post.authorId, NotificationType.POST_REACTION, reactorId, { postId: post.id });
  }
}
