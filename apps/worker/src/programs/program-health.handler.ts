import { Injectable } from '@nestjs/common';
import { MembershipsService } from '@kindling/communities';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { HealthSweepService, MatchHealth } from '@kindling/programs';

/** Stores each published pair's health; PROGRAM_MATCH_AT_RISK to the program's managers when a pair turns AT_RISK. */
@Injectable()
@HandlesJob('programs.health')
export class ProgramHealthHandler implements JobHandler<'programs.health'> {
  constructor(
    private readonly sweep: HealthSweepService,
    private readonly memberships: MembershipsService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ programId }: JobPayload<'programs.health'>): Promise<number> {
    const changes = await this.sweep.changes(programId);
    const turned = changes.filter((c) => c.to === MatchHealth.AT_RISK);
    for (const change of turned) {
      const managers = await this.memberships.staffIds(change.communityId);
      await this.notifications.notifyMany({
        recipientIds: managers,
        type: NotificationType.PROGRAM_MATCH_AT_RISK,
        subject: { programId: change.programId },
        actorId: change.menteeId,
      });
    }
    await this.sweep.store(changes);
    return turned.length;
  }
}
