import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '@kindling/users';
import { BlockEntity } from './block.entity';
import { FollowEntity } from './follow.entity';
import { MuteEntity } from './mute.entity';
import { SocialGraphService } from './social-graph.service';

@Module({
  imports: [TypeOrmModule.forFeature([FollowEntity, BlockEntity, MuteEntity]), UsersModule],
  providers: [SocialGraphService],
  exports: [SocialGraphService],
})
export class SocialGraphModule {}
