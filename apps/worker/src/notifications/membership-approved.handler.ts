import { Injectable } from '@nestjs/common';
import { MembershipsService, MembershipStatus } from '@kindling/communities';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';

/** MEMBERSHIP_APPROVED to the member, from the moderator who approved. */
@Injectable()
@HandlesJob('notify.membership-approved')
export class MembershipApprovedHandler implements JobHandler<'notify.membership-approved'> {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ membershipId, moderatorId }: JobPayload<'notify.membership-approved'>): Promise<void> {
    const [membership] = await this.memberships.findByIds([membershipId]);
    if (membership?.status !== MembershipStatus.ACTIVE) return;
    await this.notifications.notify({
      recipientId: membership.userId,
      type: NotificationType.MEMBERSHIP_APPROVED,
      subject: { communityId: membership.communityId },
      actorId: moderatorId,
    });
  }
}
