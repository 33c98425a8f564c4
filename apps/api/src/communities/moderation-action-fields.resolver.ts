import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { ModerationAction } from './moderation-action.object';

@Resolver(() => ModerationAction)
export class ModerationActionFieldsResolver {
  constructor(private readonly userLoaders: UserLoaders) {}

  @ResolveField(() => User)
  moderator(@Parent() action: ModerationAction, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, action.moderatorId);
  }

  @ResolveField(() => User, { nullable: true })
  targetUser(@Parent() action: ModerationAction, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return action.targetUserId ? this.userLoaders.loadUser(loaders, action.targetUserId) : Promise.resolve(null);
  }
}
