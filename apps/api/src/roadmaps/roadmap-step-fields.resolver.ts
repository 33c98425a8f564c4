import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { RoadmapStep } from './roadmap-step.object';
import { RoadmapViews } from './roadmap-views';

@Resolver(() => RoadmapStep)
export class RoadmapStepFieldsResolver {
  constructor(private readonly views: RoadmapViews) {}

  /** Resolved within the version the step was read from, in position order. */
  @ResolveField(() => [RoadmapStep], { description: 'Steps that should be DONE or SKIPPED first. The prerequisite graph is acyclic.' })
  async prerequisites(@Parent() step: RoadmapStep, @Loaders() loaders: RequestLoaders): Promise<RoadmapStep[]> {
    if (step.prerequisiteIds.length === 0) return [];
    const wanted = new Set(step.prerequisiteIds);
    const siblings = await this.views.stepsOf(loaders, step.roadmapId, step.version);
    return siblings.filter((s) => wanted.has(s.id)).map((s) => RoadmapStep.from(s));
  }
}
