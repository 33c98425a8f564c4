import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Post } from '../posts/post.object';
import { RoadmapStep } from './roadmap-step.object';
import { RoadmapLoaders } from './roadmap.loaders';
import { RoadmapViews } from './roadmap-views';

@Resolver(() => Post)
export class PostRoadmapStepResolver {
  constructor(
    private readonly roadmapLoaders: RoadmapLoaders,
    private readonly views: RoadmapViews,
  ) {}

  /** The step as the newest published version that has it shows it, when the viewer may see its roadmap. */
  @ResolveField(() => RoadmapStep, { nullable: true, description: 'The roadmap step this post is evidence for, if any.' })
  async roadmapStep(@Parent() post: Post, @Loaders() loaders: RequestLoaders): Promise<RoadmapStep | null> {
    if (!post.roadmapStepId) return null;
    const step = await loaders.for(this.roadmapLoaders).latestPublishedStep.load(post.roadmapStepId);
    return step && (await this.views.visible(loaders, step.roadmapId)) ? RoadmapStep.from(step) : null;
  }
}
