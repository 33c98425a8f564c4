import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@kindling/communities';
import { JobBoardModule } from '@kindling/job-board';
import { NotificationsModule } from '@kindling/notifications';
import { UsersModule } from '@kindling/users';
import { ExpireJobsHandler } from './expire-jobs.handler';
import { JobBoardSchedule } from './job-board-schedule.service';
import { JobMatchHandler } from './job-match.handler';

@Module({
  imports: [JobBoardModule, CommunitiesModule, UsersModule, NotificationsModule],
  providers: [ExpireJobsHandler, JobMatchHandler, JobBoardSchedule],
})
export class JobBoardJobsModule {}
