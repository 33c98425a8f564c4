import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kindling/notifications';
import { CommunitiesApiModule } from '../communities/communities-api.module';
import { UsersApiModule } from '../users/users-api.module';
import { NotificationFieldsResolver } from './notification-fields.resolver';
import { NotificationLoaders } from './notification.loaders';
import { NotificationsResolver } from './notifications.resolver';

@Module({
  imports: [NotificationsModule, UsersApiModule, CommunitiesApiModule],
  providers: [NotificationsResolver, NotificationFieldsResolver, NotificationLoaders],
})
export class NotificationsApiModule {}
