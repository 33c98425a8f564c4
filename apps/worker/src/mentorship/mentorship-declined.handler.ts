import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { MentorshipRequestsService, MentorshipRequestStatus } from '@kindling/mentorship';
import { NotificationsService, NotificationType } from '@kindling/notifications';

/** MENTORSHIP_DECLINED to the mentee. */
@Injectable()
@HandlesJob('notify.mentorship-declined')
export class MentorshipDeclinedHandler implements JobHandler<'notify.mentorship-declined'> {
  constructor(
    private readonly requests: MentorshipRequestsService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ requestId }: JobPayload<'notify.mentorship-declined'>): Promise<void> {
    const [request] = await this.requests.findByIds([requestId]);
    if (request?.status !== MentorshipRequestStatus.DECLINED) return;
    await this.notifications.notify({
      recipientId: request.menteeId,
      type: NotificationType.MENTORSHIP_DECLINED,
      subject: { mentorshipRequestId: request.id },
      actorId: request.mentorId,
    });
  }
}
