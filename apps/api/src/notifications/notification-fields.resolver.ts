import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { CommunityLoaders } from '../communities/community.loaders';
import { Community } from '../communities/community.object';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { NotificationLoaders } from './notification.loaders';
import { Notification } from './notification.object';

@Resolver(() => Notification)
export class NotificationFieldsResolver {
  constructor(
    private readonly notificationLoaders: NotificationLoaders,
    private readonly userLoaders: UserLoaders,
    private readonly communityLoaders: CommunityLoaders,
  ) {}

  @ResolveField(() => [User], { description: 'Most recent first, at most 5.' })
  async actors(@Parent() notification: Notification, @Loaders() loaders: RequestLoaders): Promise<User[]> {
    const ids = await loaders.for(this.notificationLoaders).recentActorIds.load(notification.id);
    const users = await Promise.all(ids.map((id) => this.userLoaders.loadUser(loaders, id)));
    return users.filter((u): u is User => u !== null);
  }

  @ResolveField(() => Community, { nullable: true })
  async community(@Parent() notification: Notification, @Loaders() loaders: RequestLoaders): Promise<Community | null> {
    if (!notification.communityId) return null;
    const community = await loaders.for(this.communityLoaders).byId.load(notification.communityId);
    return community && Community.from(community);
  }
}
