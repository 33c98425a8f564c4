import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { MentorProfile } from './mentor-profile.object';

@Resolver(() => MentorProfile)
export class MentorProfileFieldsResolver {
  constructor(private readonly userLoaders: UserLoaders) {}

  @ResolveField(() => User)
  user(@Parent() profile: MentorProfile, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, profile.userId);
  }
}
