import { Module } from '@nestjs/common';
import { MentorshipModule } from '@kindling/mentorship';
import { ProgramsModule } from '@kindling/programs';
import { CommunitiesApiModule } from '../communities/communities-api.module';
import { UsersApiModule } from '../users/users-api.module';
import { CheckInsResolver } from './check-ins.resolver';
import { CommunityProgramsResolver } from './community-programs.resolver';
import { NotificationProgramResolver } from './notification-program.resolver';
import { ProgramApplicationsResolver } from './program-applications.resolver';
import { ProgramFieldsResolver } from './program-fields.resolver';
import { ProgramHealthResolver } from './program-health.resolver';
import { ProgramMatchHealthResolver } from './program-match-health.resolver';
import { RoomHealthResolver } from './room-health.resolver';
import { ProgramMatchesResolver } from './program-matches.resolver';
import { ProgramLoaders } from './program.loaders';
import { ProgramsResolver } from './programs.resolver';
import { RoomProgramResolver } from './room-program.resolver';
import { WorkbookResolver } from './workbook.resolver';

@Module({
  imports: [ProgramsModule, MentorshipModule, UsersApiModule, CommunitiesApiModule],
  providers: [
    ProgramLoaders,
    ProgramsResolver,
    ProgramFieldsResolver,
    ProgramApplicationsResolver,
    ProgramMatchesResolver,
    CommunityProgramsResolver,
    NotificationProgramResolver,
    RoomProgramResolver,
    CheckInsResolver,
    WorkbookResolver,
    ProgramHealthResolver,
    ProgramMatchHealthResolver,
    RoomHealthResolver,
  ],
})
export class ProgramsApiModule {}
