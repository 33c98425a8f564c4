import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { MentorshipSessionsService, otherParticipant, RoomAccess, SessionStatus } from '@kindling/mentorship';
import { NotificationsService, NotificationType } from '@kindling/notifications';

/** SESSION_SCHEDULED to the participant who did not schedule it, unless it was cancelled meanwhile. */
@Injectable()
@HandlesJob('notify.session-scheduled')
export class SessionScheduledHandler implements JobHandler<'notify.session-scheduled'> {
  constructor(
    private readonly sessions: MentorshipSessionsService,
    private readonly rooms: RoomAccess,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ sessionId }: JobPayload<'notify.session-scheduled'>): Promise<void> {
    const session = await this.sessions.findById(sessionId);
    if (session?.status !== SessionStatus.SCHEDULED) return;
    const [room] = await this.rooms.findByIds([session.roomId]);
    if (!room) return;
    await this.notifications.notify({
      recipientId: otherParticipant(room, session.scheduledById),
      type: NotificationType.SESSION_SCHEDULED,
      subject: { roomId: room.id },
      actorId: session.scheduledById,
    });
  }
}
