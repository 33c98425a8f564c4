import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { RoadmapDraftService } from '@kindling/roadmaps';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { ReorderStepsArgs } from './reorder-steps.args';
import { RoadmapStepInput } from './roadmap-step.input';
import { RoadmapStep } from './roadmap-step.object';
import { Roadmap } from './roadmap.object';
import { UpdateRoadmapStepInput } from './update-roadmap-step.input';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

/** Edits of the working draft (owners and moderators only); members see none of it until published. */
@Resolver(() => RoadmapStep)
export class RoadmapStepsResolver {
  constructor(private readonly draft: RoadmapDraftService) {}

  @Mutation(() => RoadmapStep, { description: 'Appends a step to the draft (at most 200 steps).' })
  @WriteLimit('roadmapSteps')
  async addRoadmapStep(
    @CurrentViewer() viewer: Viewer,
    @Args('roadmapId', { type: () => ID }, IdPipe) roadmapId: string,
    @Args('input') input: RoadmapStepInput,
  ): Promise<RoadmapStep> {
    return RoadmapStep.from(await this.draft.addStep(viewer.userId, roadmapId, input));
  }

  @Mutation(() => RoadmapStep)
  async updateRoadmapStep(
    @CurrentViewer() viewer: Viewer,
    @Args('stepId', { type: () => ID }, IdPipe) stepId: string,
    @Args('input') input: UpdateRoadmapStepInput,
  ): Promise<RoadmapStep> {
    return RoadmapStep.from(await this.draft.updateStep(viewer.userId, stepId, input));
  }

  @Mutation(() => Roadmap, { description: 'Removes the step from the draft; published versions and progress on it are kept.' })
  async removeRoadmapStep(@CurrentViewer() viewer: Viewer, @Args('stepId', { type: () => ID }, IdPipe) stepId: string): Promise<Roadmap> {
    return Roadmap.from(await this.draft.removeStep(viewer.userId, stepId));
  }

  @Mutation(() => Roadmap)
  async reorderRoadmapSteps(@CurrentViewer() viewer: Viewer, @Args() args: ReorderStepsArgs): Promise<Roadmap> {
    return Roadmap.from(await this.draft.reorder(viewer.userId, args.roadmapId, args.stepIds));
  }
}
