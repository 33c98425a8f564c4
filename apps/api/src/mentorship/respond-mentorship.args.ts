import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@ArgsType()
export class RespondMentorshipArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'id is not a valid id' })
  id: string;

  @Field()
  @IsBoolean()
  accept: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(1000)
  note?: string | null;
}
