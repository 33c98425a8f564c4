import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { MentorshipRequestsService, MentorshipRequestStatus } from '@kindling/mentorship';
import { NotificationsService, NotificationType } from '@kindling/notifications';

/** MENTORSHIP_ACCEPTED to the mentee, about the request and the room it opened. */
@Injectable()
@HandlesJob('notify.mentorship-accepted')
export class MentorshipAcceptedHandler implements JobHandler<'notify.mentorship-accepted'> {
  constructor(
    private readonly requests: MentorshipRequestsService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ requestId }: JobPayload<'notify.mentorship-accepted'>): Promise<void> {
    const [request] = await this.requests.findByIds([requestId]);
    if (request?.status !== MentorshipRequestStatus.ACCEPTED || !request.roomId) return;
    await this.notifications.notify({
      recipientId: request.menteeId,
      type: NotificationType.MENTORSHIP_ACCEPTED,
      subject: { mentorshipRequestId: request.id, roomId: request.roomId },
      actorId: request.mentorId,
    });
  }
}
