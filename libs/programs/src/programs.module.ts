import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kindling/communities';
import { MentorshipModule } from '@kindling/mentorship';
import { UsersModule } from '@kindling/users';
import { CheckInRemindersService } from './check-in-reminders.service';
import { CheckInEntity } from './check-in.entity';
import { CheckInsService } from './check-ins.service';
import { HealthSweepService } from './health-sweep.service';
import { ProgramAccessService } from './program-access.service';
import { ProgramApplicationEntity } from './program-application.entity';
import { ProgramApplicationsService } from './program-applications.service';
import { ProgramClock } from './program-clock';
import { ProgramEntity } from './program.entity';
import { ProgramMatchEntity } from './program-match.entity';
import { ProgramHealthService } from './program-health.service';
import { ProgramMatchingService } from './program-matching.service';
import { ProgramPublishingService } from './program-publishing.service';
import { ProgramsService } from './programs.service';
import { WorkbookEntryEntity } from './workbook-entry.entity';
import { WorkbookItemEntity } from './workbook-item.entity';
import { WorkbookService } from './workbook.service';

const SERVICES = [
  ProgramClock,
  ProgramAccessService,
  ProgramsService,
  ProgramApplicationsService,
  ProgramMatchingService,
  ProgramPublishingService,
  CheckInsService,
  WorkbookService,
  ProgramHealthService,
  HealthSweepService,
  CheckInRemindersService,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProgramEntity,
      WorkbookItemEntity,
      ProgramApplicationEntity,
      ProgramMatchEntity,
      CheckInEntity,
      WorkbookEntryEntity,
    ]),
    CommunitiesModule,
    MentorshipModule,
    UsersModule,
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class ProgramsModule {}
