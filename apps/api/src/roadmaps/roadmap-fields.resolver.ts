import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { CommunityLoaders } from '../communities/community.loaders';
import { Community } from '../communities/community.object';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { RoadmapEnrollment } from './roadmap-enrollment.object';
import { RoadmapStep } from './roadmap-step.object';
import { RoadmapLoaders } from './roadmap.loaders';
import { Roadmap } from './roadmap.object';
import { RoadmapViews } from './roadmap-views';

/** Fields of a Roadmap the viewer already may see (every path to a Roadmap checks that). */
@Resolver(() => Roadmap)
export class RoadmapFieldsResolver {
  constructor(
    private readonly views: RoadmapViews,
    private readonly roadmapLoaders: RoadmapLoaders,
    private readonly communityLoaders: CommunityLoaders,
    private readonly userLoaders: UserLoaders,
  ) {}

  @ResolveField(() => Community)
  async community(@Parent() roadmap: Roadmap, @Loaders() loaders: RequestLoaders): Promise<Community | null> {
    const community = await loaders.for(this.communityLoaders).byId.load(roadmap.communityId);
    return community && Community.from(community);
  }

  @ResolveField(() => User)
  author(@Parent() roadmap: Roadmap, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, roadmap.authorId);
  }

  @ResolveField(() => [RoadmapStep], {
    description: 'Moderators see the working draft; everyone else the latest published version. Ordered by position.',
  })
  async steps(@Parent() roadmap: Roadmap, @Loaders() loaders: RequestLoaders): Promise<RoadmapStep[]> {
    return (await this.views.steps(loaders, roadmap)).map((s) => RoadmapStep.from(s));
  }

  @ResolveField(() => Boolean, { description: 'Moderators only: the draft differs from the latest published version.' })
  async hasUnpublishedChanges(@Parent() roadmap: Roadmap, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return (await this.views.moderates(loaders, roadmap)) && roadmap.draftFingerprint !== roadmap.publishedFingerprint;
  }

  @ResolveField(() => RoadmapEnrollment, { nullable: true, description: "The viewer's live enrollment, else their latest dropped one." })
  async viewerEnrollment(@Parent() roadmap: Roadmap, @Loaders() loaders: RequestLoaders): Promise<RoadmapEnrollment | null> {
    const enrollment = await loaders.for(this.roadmapLoaders).viewerEnrollment.load(roadmap.id);
    return enrollment && RoadmapEnrollment.from(enrollment);
  }
}
