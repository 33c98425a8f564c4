import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kindling/communities';
import { SocialGraphModule } from '@kindling/social-graph';
import { ThreadSubscriptionEntity } from './thread-subscription.entity';
import { ThreadEntity } from './thread.entity';
import { ThreadVisibility } from './thread-visibility';
import { ThreadsService } from './threads.service';

@Module({
  imports: [TypeOrmModule.forFeature([ThreadEntity, ThreadSubscriptionEntity]), CommunitiesModule, SocialGraphModule],
  providers: [ThreadsService, ThreadVisibility],
  exports: [ThreadsService, ThreadVisibility],
})
export class ThreadsModule {}
