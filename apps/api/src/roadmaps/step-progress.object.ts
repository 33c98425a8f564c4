import { Field, ObjectType } from '@nestjs/graphql';
import { StepProgressView } from '@kindling/roadmaps';
import { StepStatus } from './roadmap-enums.graphql';
import { RoadmapStep } from './roadmap-step.object';

@ObjectType('StepProgress')
export class StepProgress {
  @Field(() => RoadmapStep)
  step: RoadmapStep;

  @Field(() => StepStatus)
  status: StepStatus;

  @Field({ description: 'Every prerequisite is DONE or SKIPPED.' })
  unlocked: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  enrollmentId: string;
  evidencePostId: string | null;
  verifiedById: string | null;

  static from(view: StepProgressView): StepProgress {
    return Object.assign(new StepProgress(), {
      step: RoadmapStep.from(view.step),
      status: view.status,
      unlocked: view.unlocked,
      updatedAt: view.updatedAt,
      enrollmentId: view.enrollmentId,
      evidencePostId: view.evidencePostId,
      verifiedById: view.verifiedById,
    });
  }
}
