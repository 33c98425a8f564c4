import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '@kindling/users';
import { CommunitiesService } from './communities.service';
import { CommunityEntity } from './community.entity';
import { MembershipEntity } from './membership.entity';
import { MembershipsService } from './memberships.service';
import { ModerationActionEntity } from './moderation-action.entity';
import { ModerationLogService } from './moderation-log.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommunityEntity, MembershipEntity, ModerationActionEntity]), UsersModule],
  providers: [CommunitiesService, MembershipsService, ModerationLogService],
  exports: [CommunitiesService, MembershipsService, ModerationLogService],
})
export class CommunitiesModule {}
