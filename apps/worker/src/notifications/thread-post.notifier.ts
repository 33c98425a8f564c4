import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload, JobQueue } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { PostsService } from '@kindling/posts';
import { ThreadsService, ThreadVisibility } from '@kindling/threads';
import { PostNotifier } from './post-notifier';

const SUBSCRIBER_BATCH = 200;

/**
 * THREAD_POST to every subscriber of the thread, grouped per thread while
 * unread. One batch per job, each job enqueueing the next: a job stays short,
 * so a killed worker costs one batch again, not the whole walk (notify is
 * idempotent per actor, so a repeated batch counts nobody twice).
 */
@Injectable()
@HandlesJob('notify.thread-post')
export class ThreadPostNotifier extends PostNotifier implements JobHandler<'notify.thread-post'> {
  constructor(
    posts: PostsService,
    visibility: ThreadVisibility,
    notifications: NotificationsService,
    private readonly threads: ThreadsService,
    private readonly jobs: JobQueue,
  ) {
    super(posts, visibility, notifications);
  }

  async handle({ postId, cursor }: JobPayload<'notify.thread-post'>): Promise<void> {
    const post = await this.livePost(postId);
    if (!post) return;
    const batch = await this.threads.subscriberIds(post.threadId, cursor ?? null, SUBSCRIBER_BATCH);
    const recipients = await this.visibility.viewersAmong(batch, { authorId: post.authorId, communityId: post.communityId });
    await this.notifications.notifyMany({
      recipientIds: recipients,
      type: NotificationType.THREAD_POST,
      actorId: post.authorId,
      subject: { threadId: post.threadId },
    });
    if (batch.length === SUBSCRIBER_BATCH) {
      const next = batch.at(-1)!;
      await this.jobs.enqueue('notify.thread-post', { postId, cursor: next }, { jobId: `thread-post.${postId}.${next}` });
    }
  }
}
