import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { MentorshipRequestsService, MentorshipRequestStatus } from '@kindling/mentorship';
import { NotificationsService, NotificationType } from '@kindling/notifications';

/** MENTORSHIP_REQUEST to the mentor, while the request is still pending. */
@Injectable()
@HandlesJob('notify.mentorship-requested')
export class MentorshipRequestedHandler implements JobHandler<'notify.mentorship-requested'> {
  constructor(
    private readonly requests: MentorshipRequestsService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ requestId }: JobPayload<'notify.mentorship-requested'>): Promise<void> {
    const [request] = await this.requests.findByIds([requestId]);
    if (request?.status !== MentorshipRequestStatus.PENDING) return; // withdrawn or answered meanwhile
    await this.notifications.notify({
      recipientId: request.mentorId,
      type: NotificationType.MENTORSHIP_REQUEST,
      subject: { mentorshipRequestId: request.id },
      actorId: request.menteeId,
    });
  }
}
