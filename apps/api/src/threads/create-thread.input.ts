import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { IsNotBlank } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class CreateThreadInput {
  @Field()
  @IsNotBlank()
  @MaxChars(140)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  goal?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'communityId is not a valid id' })
  communityId?: string | null;
}
