import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@kindling/notifications';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../graphql/context/request-loaders';

export interface NotificationLoaderSet {
  /** The (at most 5) most recent actor ids of each notification. */
  recentActorIds: DataLoader<string, string[]>;
}

@Injectable()
export class NotificationLoaders implements LoaderFactory<NotificationLoaderSet> {
  constructor(private readonly notifications: NotificationsService) {}

  createLoaders(): NotificationLoaderSet {
    return {
      recentActorIds: new DataLoader(async (ids) => {
        const actors = await this.notifications.recentActors(ids);
        return ids.map((id) => actors.get(id) ?? []);
      }),
    };
  }
}
