import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { SocialGraphService } from '@kindling/social-graph';

/** NEW_FOLLOWER, grouped into one unread notification ("Ana and 4 others followed you"). */
@Injectable()
@HandlesJob('notify.new-follower')
export class NewFollowerHandler implements JobHandler<'notify.new-follower'> {
  constructor(
    private readonly graph: SocialGraphService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ followerId, followeeId }: JobPayload<'notify.new-follower'>): Promise<void> {
    const still = (await this.graph.relations(followerId, [followeeId])).get(followeeId)?.following;
    if (still)
      await this.notifications.notify({ recipientId: followeeId, type: NotificationType.NEW_FOLLOWER, actorId: followerId, subject: {} });
  }
}
