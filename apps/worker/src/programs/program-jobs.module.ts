import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kindling/notifications';
import { ProgramsModule } from '@kindling/programs';
import { ProgramApplicationReviewedHandler } from './program-application-reviewed.handler';

@Module({
  imports: [ProgramsModule, NotificationsModule],
  providers: [ProgramApplicationReviewedHandler],
})
export class ProgramJobsModule {}
