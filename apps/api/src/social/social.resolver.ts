import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { SocialGraphService } from '@kindling/social-graph';
import { UsersService } from '@kindling/users';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { User } from '../users/user.object';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

/** Follow, block and mute. Each is idempotent and returns the other member with fresh counts. */
@Resolver(() => User)
export class SocialResolver {
  constructor(
    private readonly graph: SocialGraphService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => User)
  @WriteLimit('follows')
  follow(@CurrentViewer() viewer: Viewer, @Args('userId', { type: () => ID }, IdPipe) userId: string): Promise<User> {
    return this.apply(() => this.graph.follow(viewer.userId, userId), userId);
  }

  @Mutation(() => User)
  unfollow(@CurrentViewer() viewer: Viewer, @Args('userId', { type: () => ID }, IdPipe) userId: string): Promise<User> {
    return this.apply(() => this.graph.unfollow(viewer.userId, userId), userId);
  }

  @Mutation(() => User)
  blockUser(@CurrentViewer() viewer: Viewer, @Args('userId', { type: () => ID }, IdPipe) userId: string): Promise<User> {
    return this.apply(() => this.graph.block(viewer.userId, userId), userId);
  }

  @Mutation(() => User)
  unblockUser(@CurrentViewer() viewer: Viewer, @Args('userId', { type: () => ID }, IdPipe) userId: string): Promise<User> {
    return this.apply(() => this.graph.unblock(viewer.userId, userId), userId);
  }

  @Mutation(() => User)
  muteUser(@CurrentViewer() viewer: Viewer, @Args('userId', { type: () => ID }, IdPipe) userId: string): Promise<User> {
    return this.apply(() => this.graph.mute(viewer.userId, userId), userId);
  }

  @Mutation(() => User)
  unmuteUser(@CurrentViewer() viewer: Viewer, @Args('userId', { type: () => ID }, IdPipe) userId: string): Promise<User> {
    return this.apply(() => this.graph.unmute(viewer.userId, userId), userId);
  }

  private async apply(change: () => Promise<void>, userId: string): Promise<User> {
    await change();
    return User.from(await this.users.requireById(userId));
  }
}
