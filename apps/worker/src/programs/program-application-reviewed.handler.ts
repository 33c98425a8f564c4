import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { ProgramApplicationsService, ProgramApplicationStatus } from '@kindling/programs';

/** PROGRAM_APPLICATION_REVIEWED to the applicant, from the manager who reviewed. */
@Injectable()
@HandlesJob('notify.program-application-reviewed')
export class ProgramApplicationReviewedHandler implements JobHandler<'notify.program-application-reviewed'> {
  constructor(
    private readonly applications: ProgramApplicationsService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ applicationId, reviewerId }: JobPayload<'notify.program-application-reviewed'>): Promise<void> {
    const [application] = await this.applications.findByIds([applicationId]);
    const reviewed = application?.status === ProgramApplicationStatus.ACCEPTED || application?.status === ProgramApplicationStatus.DECLINED;
    if (!application || !reviewed) return;
    await this.notifications.notify({
      recipientId: application.applicantId,
      type: NotificationType.PROGRAM_APPLICATION_REVIEWED,
      subject: { programId: application.programId },
      actorId: reviewerId,
    });
  }
}
