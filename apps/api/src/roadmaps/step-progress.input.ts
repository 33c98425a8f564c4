import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { StepStatus } from './roadmap-enums.graphql';

@InputType()
export class StepProgressInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'enrollmentId is not a valid id' })
  enrollmentId: string;

  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'stepId is not a valid id' })
  stepId: string;

  @Field(() => StepStatus)
  @IsEnum(StepStatus)
  status: StepStatus;

  @Field(() => ID, { nullable: true, description: 'One of your own posts; null clears the evidence, leaving it out keeps it.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'evidencePostId is not a valid id' })
  evidencePostId?: string | null;
}
