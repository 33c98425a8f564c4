import { Injectable } from '@nestjs/common';
import { MembershipsService, MembershipStatus } from '@kindling/communities';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';

/** MEMBERSHIP_REQUEST to every owner and moderator, grouped per community while unread. */
@Injectable()
@HandlesJob('notify.membership-requested')
export class MembershipRequestedHandler implements JobHandler<'notify.membership-requested'> {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ membershipId }: JobPayload<'notify.membership-requested'>): Promise<void> {
    const [request] = await this.memberships.findByIds([membershipId]);
    if (request?.status !== MembershipStatus.PENDING) return; // withdrawn or already reviewed
    for (const staffId of await this.memberships.staffIds(request.communityId)) {
      await this.notifications.notify({
        recipientId: staffId,
        type: NotificationType.MEMBERSHIP_REQUEST,
        subject: { communityId: request.communityId },
        actorId: request.userId,
      });
    }
  }
}
