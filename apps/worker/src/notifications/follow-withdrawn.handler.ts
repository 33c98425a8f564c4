import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { SocialGraphService } from '@kindling/social-graph';

/** An ended follow (unfollow, or a block either way): the follower leaves the followee's NEW_FOLLOWER notifications. */
@Injectable()
@HandlesJob('notify.follow-withdrawn')
export class FollowWithdrawnHandler implements JobHandler<'notify.follow-withdrawn'> {
  constructor(
    private readonly graph: SocialGraphService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ followerId, followeeId }: JobPayload<'notify.follow-withdrawn'>): Promise<void> {
    const followsAgain = (await this.graph.relations(followerId, [followeeId])).get(followeeId)?.following;
    if (!followsAgain) await this.notifications.withdrawActor(followeeId, NotificationType.NEW_FOLLOWER, followerId);
  }
}
