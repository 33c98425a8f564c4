import { Context, Int, Resolver, Subscription } from '@nestjs/graphql';
import { NotificationsService } from '@kindling/notifications';
import { PubSubService, Topics } from '@kindling/realtime';
import type { GraphQLContext } from '../graphql/context/graphql-context';
import { LiveStream } from '../realtime/live-stream';
import { Notification } from './notification.object';

const passThrough = <T>(value: T) => value;

@Resolver(() => Notification)
export class NotificationSubscriptionsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly pubsub: PubSubService,
    private readonly live: LiveStream,
  ) {}

  @Subscription(() => Notification, { description: 'Every new or regrouped notification of the viewer.', resolve: passThrough })
  notificationReceived(@Context() context: GraphQLContext): AsyncIterator<Notification> {
    const source = this.pubsub.iterate(Topics.notification(context.viewer!.userId));
    return this.live.map(context, 'notificationReceived', source, async ({ notificationId }, userId) => {
      const [notification] = await this.notifications.findByIds(userId, [notificationId]);
      return notification ? Notification.from(notification) : null;
    });
  }

  @Subscription(() => Int, { resolve: passThrough })
  unreadNotificationCountChanged(@Context() context: GraphQLContext): AsyncIterator<number> {
    const source = this.pubsub.iterate(Topics.unreadNotificationCount(context.viewer!.userId));
    return this.live.map(context, 'unreadNotificationCountChanged', source, (_payload, userId) => this.notifications.unreadCount(userId));
  }
}
