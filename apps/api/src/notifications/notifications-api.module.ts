import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kindling/notifications';
import { CommunitiesApiModule } from '../communities/communities-api.module';
import { ContentLoadersModule } from '../content/content-loaders.module';
import { UsersApiModule } from '../users/users-api.module';
import { NotificationContentResolver } from './notification-content.resolver';
import { NotificationFieldsResolver } from './notification-fields.resolver';
import { NotificationLoaders } from './notification.loaders';
import { NotificationSubscriptionsResolver } from './notification-subscriptions.resolver';
import { NotificationsResolver } from './notifications.resolver';

@Module({
  imports: [NotificationsModule, UsersApiModule, CommunitiesApiModule, ContentLoadersModule],
  providers: [
    NotificationsResolver,
    NotificationFieldsResolver,
    NotificationContentResolver,
    NotificationSubscriptionsResolver,
    NotificationLoaders,
  ],
})
export class NotificationsApiModule {}
