import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { RoomFeedback } from './room-feedback.object';

@Resolver(() => RoomFeedback)
export class RoomFeedbackFieldsResolver {
  constructor(private readonly userLoaders: UserLoaders) {}

  @ResolveField(() => User)
  author(@Parent() feedback: RoomFeedback, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, feedback.authorId);
  }
}
