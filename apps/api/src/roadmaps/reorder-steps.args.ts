import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { MAX_STEPS } from '@kindling/roadmaps';

@ArgsType()
export class ReorderStepsArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'roadmapId is not a valid id' })
  roadmapId: string;

  @Field(() => [ID], { description: "Each of the roadmap's draft steps exactly once, in the new order." })
  @IsArray()
  @ArrayMaxSize(MAX_STEPS)
  @Matches(ID_PATTERN, { each: true, message: 'stepIds must all be valid ids' })
  stepIds: string[];
}
