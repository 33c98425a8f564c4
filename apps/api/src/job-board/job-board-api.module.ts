import { Module } from '@nestjs/common';
import { JobBoardModule } from '@kindling/job-board';
import { UsersModule } from '@kindling/users';
import { CommunitiesApiModule } from '../communities/communities-api.module';
import { UsersApiModule } from '../users/users-api.module';
import { CommunityJobsResolver } from './community-jobs.resolver';
import { JobBoardLoaders } from './job-board.loaders';
import { JobBoardResolver } from './job-board.resolver';
import { JobPostingFieldsResolver } from './job-posting-fields.resolver';
import { NotificationJobResolver } from './notification-job.resolver';

@Module({
  imports: [JobBoardModule, UsersModule, UsersApiModule, CommunitiesApiModule],
  providers: [JobBoardResolver, JobPostingFieldsResolver, CommunityJobsResolver, NotificationJobResolver, JobBoardLoaders],
})
export class JobBoardApiModule {}
