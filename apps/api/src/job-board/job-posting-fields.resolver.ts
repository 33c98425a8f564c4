import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { CommunityLoaders } from '../communities/community.loaders';
import { Community } from '../communities/community.object';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { JobPosting } from './job-posting.object';

@Resolver(() => JobPosting)
export class JobPostingFieldsResolver {
  constructor(
    private readonly userLoaders: UserLoaders,
    private readonly communityLoaders: CommunityLoaders,
  ) {}

  @ResolveField(() => User)
  postedBy(@Parent() job: JobPosting, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, job.postedById);
  }

  @ResolveField(() => Community, { nullable: true })
  async community(@Parent() job: JobPosting, @Loaders() loaders: RequestLoaders): Promise<Community | null> {
    const community = job.communityId ? await loaders.for(this.communityLoaders).byId.load(job.communityId) : null;
    return community && Community.from(community);
  }
}
