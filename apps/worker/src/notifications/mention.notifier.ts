import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationType } from '@kindling/notifications';
import { PostNotifier } from './post-notifier';

/** MENTION to every member named in the post. */
@Injectable()
@HandlesJob('notify.mention')
export class MentionNotifier extends PostNotifier implements JobHandler<'notify.mention'> {
  async handle({ postId }: JobPayload<'notify.mention'>): Promise<void> {
    const post = await this.livePost(postId);
    if (!post) return;
    const mentioned = (await this.posts.mentionIds([post.id])).get(post.id) ?? [];
    for (const recipientId of mentioned)
      await this.notifyIfVisible(post, recipientId, NotificationType.MENTION, post.authorId, { postId: post.id });
  }
}
