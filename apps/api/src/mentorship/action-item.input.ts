import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { IsNotBlank } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class ActionItemInput {
  @Field()
  @IsNotBlank()
  @MaxChars(200)
  title: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the mentee.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'assigneeId is not a valid id' })
  assigneeId?: string | null;
}
