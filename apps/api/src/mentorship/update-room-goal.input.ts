import { Field, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, IsOmittable } from '../graphql/validation/validators';
import { GoalStatus } from './mentorship-enums.graphql';

/** Omitted fields stay as they are; null clears description and dueAt. */
@InputType()
export class UpdateRoomGoalInput {
  @Field({ nullable: true })
  @IsOmittable()
  @IsNotBlank()
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;

  @Field(() => GoalStatus, { nullable: true, description: 'Reaching DONE sets completedAt; leaving DONE clears it.' })
  @IsOmittable()
  @IsEnum(GoalStatus)
  status?: GoalStatus;
}
