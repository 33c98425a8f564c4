import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { ActionItem } from './action-item.object';

@Resolver(() => ActionItem)
export class ActionItemFieldsResolver {
  constructor(private readonly userLoaders: UserLoaders) {}

  @ResolveField(() => User)
  assignee(@Parent() item: ActionItem, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, item.assigneeId);
  }
}
