import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { IsNotBlank } from '../graphql/validation/validators';

@InputType()
export class ActionItemInput {
  @Field()
  @IsNotBlank()
  @MaxLength(200)
  title: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the mentee.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'assigneeId is not a valid id' })
  assigneeId?: string | null;
}
