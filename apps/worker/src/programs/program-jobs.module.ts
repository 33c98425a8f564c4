import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@kindling/communities';
import { NotificationsModule } from '@kindling/notifications';
import { ProgramsModule } from '@kindling/programs';
import { CheckInRemindersHandler } from './check-in-reminders.handler';
import { ProgramApplicationReviewedHandler } from './program-application-reviewed.handler';
import { ProgramHealthHandler } from './program-health.handler';
import { ProgramMatchedHandler } from './program-matched.handler';
import { ProgramSchedule } from './program-schedule.service';

@Module({
  imports: [ProgramsModule, NotificationsModule, CommunitiesModule],
  providers: [ProgramApplicationReviewedHandler, ProgramMatchedHandler, ProgramHealthHandler, CheckInRemindersHandler, ProgramSchedule],
})
export class ProgramJobsModule {}
