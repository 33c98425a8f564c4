import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@kindling/communities';
import { UsersApiModule } from '../users/users-api.module';
import { CommunitiesResolver } from './communities.resolver';
import { CommunityFieldsResolver } from './community-fields.resolver';
import { CommunityLoaders } from './community.loaders';
import { MembershipFieldsResolver } from './membership-fields.resolver';
import { ModerationActionFieldsResolver } from './moderation-action-fields.resolver';
import { MembershipsResolver } from './memberships.resolver';

@Module({
  imports: [CommunitiesModule, UsersApiModule],
  providers: [
    CommunitiesResolver,
    MembershipsResolver,
    CommunityFieldsResolver,
    MembershipFieldsResolver,
    ModerationActionFieldsResolver,
    CommunityLoaders,
  ],
  exports: [CommunityLoaders],
})
export class CommunitiesApiModule {}
