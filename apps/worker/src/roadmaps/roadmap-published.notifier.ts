import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { EnrollmentQueries, RoadmapAccess } from '@kindling/roadmaps';

const MEMBER_BATCH = 500;

/**
 * ROADMAP_PUBLISHED to every member whose live enrollment follows an older
 * version, grouped per roadmap while unread, from the moderator who
 * published. Members who can no longer see the roadmap (they left its
 * private community) are skipped. Safe to repeat: notify counts an actor once.
 */
@Injectable()
@HandlesJob('notify.roadmap-published')
export class RoadmapPublishedNotifier implements JobHandler<'notify.roadmap-published'> {
  constructor(
    private readonly enrollments: EnrollmentQueries,
    private readonly access: RoadmapAccess,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ roadmapId, version, publisherId }: JobPayload<'notify.roadmap-published'>): Promise<void> {
    for (let after: string | null = null; ;) {
      const batch = await this.enrollments.memberIdsBehind(roadmapId, version, after, MEMBER_BATCH);
      for (const recipientId of batch) {
        if (!(await this.access.findVisible(recipientId, roadmapId))) continue;
        await this.notifications.notify({
          recipientId,
          type: NotificationType.ROADMAP_PUBLISHED,
          subject: { roadmapId },
          actorId: publisherId,
        });
      }
      if (batch.length < MEMBER_BATCH) return;
      after = batch.at(-1)!;
    }
  }
}
