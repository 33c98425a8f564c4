import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { CheckInRemindersService } from '@kindling/programs';

/** PROGRAM_CHECK_IN_DUE to both members of each pair due a check-in, each from the other. */
@Injectable()
@HandlesJob('programs.check-in-reminders')
export class CheckInRemindersHandler implements JobHandler<'programs.check-in-reminders'> {
  constructor(
    private readonly reminders: CheckInRemindersService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle(): Promise<number> {
    const due = await this.reminders.claimDue();
    for (const pair of due) {
      const subject = { programId: pair.programId, roomId: pair.roomId };
      await this.notifications.notify({
        recipientId: pair.menteeId,
        type: NotificationType.PROGRAM_CHECK_IN_DUE,
        subject,
        actorId: pair.mentorId,
      });
      await this.notifications.notify({
        recipientId: pair.mentorId,
        type: NotificationType.PROGRAM_CHECK_IN_DUE,
        subject,
        actorId: pair.menteeId,
      });
    }
    return due.length;
  }
}
