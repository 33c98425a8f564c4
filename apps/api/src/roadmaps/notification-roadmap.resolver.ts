import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Notification } from '../notifications/notification.object';
import { RoadmapLoaders } from './roadmap.loaders';
import { Roadmap } from './roadmap.object';
import { RoadmapViews } from './roadmap-views';

@Resolver(() => Notification)
export class NotificationRoadmapResolver {
  constructor(
    private readonly roadmapLoaders: RoadmapLoaders,
    private readonly views: RoadmapViews,
  ) {}

  /** The roadmap a notification is about, when the viewer may still see it. */
  @ResolveField(() => Roadmap, { nullable: true })
  async roadmap(@Parent() notification: Notification, @Loaders() loaders: RequestLoaders): Promise<Roadmap | null> {
    const roadmap = notification.roadmapId ? await this.views.visible(loaders, notification.roadmapId) : null;
    return roadmap && Roadmap.from(roadmap);
  }
}
