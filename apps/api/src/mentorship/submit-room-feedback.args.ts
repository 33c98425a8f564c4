import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@ArgsType()
export class SubmitRoomFeedbackArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'roomId is not a valid id' })
  roomId: string;

  @Field(() => Int, { description: '1..5' })
  @IsInt()
  @Min(1, { message: 'rating must be between 1 and 5' })
  @Max(5, { message: 'rating must be between 1 and 5' })
  rating: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  comment?: string | null;
}
