import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { ProgramMatchingService } from '@kindling/programs';

/** PROGRAM_MATCHED to both members of a published match, each from the other, with the program and the room. */
@Injectable()
@HandlesJob('notify.program-matched')
export class ProgramMatchedHandler implements JobHandler<'notify.program-matched'> {
  constructor(
    private readonly matching: ProgramMatchingService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ matchId }: JobPayload<'notify.program-matched'>): Promise<void> {
    const [match] = await this.matching.findByIds([matchId]);
    if (!match?.roomId) return;
    const subject = { programId: match.programId, roomId: match.roomId };
    await this.notifications.notify({
      recipientId: match.menteeId,
      type: NotificationType.PROGRAM_MATCHED,
      subject,
      actorId: match.mentorId,
    });
    await this.notifications.notify({
      recipientId: match.mentorId,
      type: NotificationType.PROGRAM_MATCHED,
      subject,
      actorId: match.menteeId,
    });
  }
}
