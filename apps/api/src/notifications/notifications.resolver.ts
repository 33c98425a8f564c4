import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotificationsService } from '@kindling/notifications';
import { isId } from '@kindling/core';
import { TimeKey } from '@kindling/database';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { InputValidationException } from '../graphql/errors/input-validation.exception';
import { Connection, ConnectionType, toConnection } from '../graphql/pagination/connection.types';
import { decodeTimeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { Notification } from './notification.object';
import { NotificationsArgs } from './notifications.args';

export const NotificationConnection = ConnectionType(Notification, 'Notification');

const MAX_IDS = 100;

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection)
  async notifications(@CurrentViewer() viewer: Viewer, @Args() args: NotificationsArgs): Promise<Connection<Notification>> {
    let after: TimeKey | undefined;
    if (args.after) {
      after = decodeTimeCursor(args.after);
    }
    const page = await this.service.list(viewer.userId, args.unreadOnly ?? false, { first: args.first, after });
    return toConnection(
      page,
      (n) => encodeCursor([n.key.at, n.key.id]),
      (row) => Notification.from(row),
    );
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer.userId);
  }

  @Mutation(() => Int, { description: 'Returns how many notifications changed.' })
  markNotificationsRead(@CurrentViewer() viewer: Viewer, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    if (ids.length > MAX_IDS) throw new InputValidationException('ids', `ids may list at most ${MAX_IDS} notifications`);
    if (!ids.every(isId)) throw new InputValidationException('ids', 'ids must all be valid ids');
    return this.service.markRead(viewer.userId, [...new Set(ids)]);
  }

  @Mutation(() => Int)
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.markAllRead(viewer.userId);
  }
}
