import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SocialGraphService } from '@kindling/social-graph';
import { TimeKey } from '@kindling/database';
import { UserEntity } from '@kindling/users';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, ConnectionType, toConnection } from '../graphql/pagination/connection.types';
import { decodeTimeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { SocialLoaders } from './social.loaders';

export const UserConnection = ConnectionType(User, 'User');

const timeKey = (after?: string | null): TimeKey | undefined => {
  if (!after) return undefined;
  return decodeTimeCursor(after);
};

/** The social-graph fields of User. */
@Resolver(() => User)
export class UserSocialResolver {
  constructor(
    private readonly graph: SocialGraphService,
    private readonly socialLoaders: SocialLoaders,
    private readonly userLoaders: UserLoaders,
  ) {}

  @ResolveField(() => Boolean)
  async viewerIsFollowing(@Parent() user: User, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return (await loaders.for(this.socialLoaders).relation.load(user.id)).following;
  }

  @ResolveField(() => Boolean)
  async viewerHasBlocked(@Parent() user: User, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return (await loaders.for(this.socialLoaders).relation.load(user.id)).blocked;
  }

  @ResolveField(() => Boolean)
  async viewerHasMuted(@Parent() user: User, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return (await loaders.for(this.socialLoaders).relation.load(user.id)).muted;
  }

  @ResolveField(() => UserConnection)
  async followers(@Parent() user: User, @Args() args: ConnectionArgs, @Loaders() loaders: RequestLoaders): Promise<Connection<User>> {
    const page = await this.graph.followers(user.id, { first: args.first, after: timeKey(args.after) });
    return this.members(page, loaders);
  }

  @ResolveField(() => UserConnection)
  async following(@Parent() user: User, @Args() args: ConnectionArgs, @Loaders() loaders: RequestLoaders): Promise<Connection<User>> {
    const page = await this.graph.following(user.id, { first: args.first, after: timeKey(args.after) });
    return this.members(page, loaders);
  }

  private async members(page: Awaited<ReturnType<SocialGraphService['followers']>>, loaders: RequestLoaders): Promise<Connection<User>> {
    const users = await loaders.for(this.userLoaders).byId.loadMany(page.items.map((i) => i.userId));
    const byId = new Map(users.filter((u): u is UserEntity => !!u && !(u instanceof Error)).map((u) => [u.id, u]));
    const present = { items: page.items.filter((i) => byId.has(i.userId)), hasNextPage: page.hasNextPage };
    return toConnection(
      present,
      (i) => encodeCursor([i.key.at, i.key.id]),
      (i) => User.from(byId.get(i.userId)!),
    );
  }
}
