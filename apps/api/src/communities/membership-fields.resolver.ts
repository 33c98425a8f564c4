import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { CommunityLoaders } from './community.loaders';
import { Community } from './community.object';
import { Membership } from './membership.object';

@Resolver(() => Membership)
export class MembershipFieldsResolver {
  constructor(
    private readonly userLoaders: UserLoaders,
    private readonly communityLoaders: CommunityLoaders,
  ) {}

  @ResolveField(() => User)
  user(@Parent() membership: Membership, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, membership.userId);
  }

  @ResolveField(() => Community)
  async community(@Parent() membership: Membership, @Loaders() loaders: RequestLoaders): Promise<Community | null> {
    const community = await loaders.for(this.communityLoaders).byId.load(membership.communityId);
    return community && Community.from(community);
  }
}
