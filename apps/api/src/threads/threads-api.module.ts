import { Module } from '@nestjs/common';
import { CommunitiesApiModule } from '../communities/communities-api.module';
import { ContentLoadersModule } from '../content/content-loaders.module';
import { UsersApiModule } from '../users/users-api.module';
import { CommunityThreadsResolver } from './community-threads.resolver';
import { ThreadFieldsResolver } from './thread-fields.resolver';
import { ThreadsResolver } from './threads.resolver';
import { UserThreadsResolver } from './user-threads.resolver';

@Module({
  imports: [ContentLoadersModule, UsersApiModule, CommunitiesApiModule],
  providers: [ThreadsResolver, ThreadFieldsResolver, UserThreadsResolver, CommunityThreadsResolver],
})
export class ThreadsApiModule {}
