import { Module } from '@nestjs/common';
import { ProgramsModule } from '@kindling/programs';
import { CommunitiesApiModule } from '../communities/communities-api.module';
import { UsersApiModule } from '../users/users-api.module';
import { CommunityProgramsResolver } from './community-programs.resolver';
import { NotificationProgramResolver } from './notification-program.resolver';
import { ProgramApplicationsResolver } from './program-applications.resolver';
import { ProgramFieldsResolver } from './program-fields.resolver';
import { ProgramMatchesResolver } from './program-matches.resolver';
import { ProgramLoaders } from './program.loaders';
import { ProgramsResolver } from './programs.resolver';

@Module({
  imports: [ProgramsModule, UsersApiModule, CommunitiesApiModule],
  providers: [
    ProgramLoaders,
    ProgramsResolver,
    ProgramFieldsResolver,
    ProgramApplicationsResolver,
    ProgramMatchesResolver,
    CommunityProgramsResolver,
    NotificationProgramResolver,
  ],
})
export class ProgramsApiModule {}
