import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SocialGraphModule } from '@kindling/social-graph';
import { NotificationActorEntity } from './notification-actor.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationActorEntity]), SocialGraphModule],
  providers: [NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
