import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { RoomAccess } from '@kindling/mentorship';
import { NotificationsService, NotificationType } from '@kindling/notifications';

/** STEP_VERIFIED to the room's mentee, from its mentor, grouped per room while unread. */
@Injectable()
@HandlesJob('notify.step-verified')
export class StepVerifiedHandler implements JobHandler<'notify.step-verified'> {
  constructor(
    private readonly rooms: RoomAccess,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ roomId }: JobPayload<'notify.step-verified'>): Promise<void> {
    const [room] = await this.rooms.findByIds([roomId]);
    if (!room?.enrollmentId) return;
    await this.notifications.notify({
      recipientId: room.menteeId,
      type: NotificationType.STEP_VERIFIED,
      subject: { roomId: room.id },
      actorId: room.mentorId,
    });
  }
}
