import { Field, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString } from 'class-validator';
import { IsNotBlank, IsOmittable } from '../graphql/validation/validators';
import { GoalStatus } from './mentorship-enums.graphql';
import { MaxChars } from '../graphql/validation/max-chars.validator';

/** Omitted fields stay as they are; null clears description and dueAt. */
@InputType()
export class UpdateRoomGoalInput {
  @Field({ nullable: true })
  @IsOmittable()
  @IsNotBlank()
  @MaxChars(200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
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
