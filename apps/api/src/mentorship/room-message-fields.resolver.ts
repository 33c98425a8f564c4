import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { RoomMessage } from './room-message.object';

@Resolver(() => RoomMessage)
export class RoomMessageFieldsResolver {
  constructor(private readonly userLoaders: UserLoaders) {}

  @ResolveField(() => User)
  author(@Parent() message: RoomMessage, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, message.authorId);
  }
}
