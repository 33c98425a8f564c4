import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kindling/notifications';
import { ProgramsModule } from '@kindling/programs';
import { ProgramApplicationReviewedHandler } from './program-application-reviewed.handler';
import { ProgramMatchedHandler } from './program-matched.handler';

@Module({
  imports: [ProgramsModule, NotificationsModule],
  providers: [ProgramApplicationReviewedHandler, ProgramMatchedHandler],
})
export class ProgramJobsModule {}
