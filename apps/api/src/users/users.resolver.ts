import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UsersService } from '@kindling/users';
import { CurrentViewer, OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { UpdateProfileInput } from './update-profile.input';
import { User } from './user.object';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => User, { nullable: true, description: 'Null when the request carries no valid access token.' })
  async me(@OptionalViewer() viewer: Viewer | null): Promise<User | null> {
    const user = viewer && (await this.users.findById(viewer.userId));
    return user ? User.from(user) : null;
  }

  @Query(() => User, { nullable: true })
  async user(@Args('handle', { type: () => String }) handle: string): Promise<User | null> {
    const user = handle.length <= 30 ? await this.users.findByHandle(handle) : null;
    return user ? User.from(user) : null;
  }

  @Mutation(() => User)
  async updateProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<User> {
    return User.from(await this.users.updateProfile(viewer.userId, input));
  }
}
