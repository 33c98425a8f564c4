import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { StepView } from '@kindling/roadmaps';
import { Resource } from './resource.object';

@ObjectType('RoadmapStep')
export class RoadmapStep {
  @Field(() => ID, { description: 'Stable across versions: the same step keeps its id when the roadmap is republished.' })
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int)
  position: number;

  @Field(() => Int, { nullable: true })
  estimatedHours: number | null;

  @Field(() => [Resource])
  resources: Resource[];

  /** The version this step was read from (0: the draft); `prerequisites` resolve within it. */
  roadmapId: string;
  version: number;
  prerequisiteIds: string[];

  static from(view: StepView): RoadmapStep {
    return Object.assign(new RoadmapStep(), {
      id: view.id,
      title: view.title,
      description: view.description,
      position: view.position,
      estimatedHours: view.estimatedHours,
      resources: view.resources.map((r) => Object.assign(new Resource(), r)),
      roadmapId: view.roadmapId,
      version: view.version,
      prerequisiteIds: view.prerequisiteIds,
    });
  }
}
