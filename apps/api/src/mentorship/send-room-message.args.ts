import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { MAX_MESSAGE_LENGTH } from '@kindling/mentorship';
import { IsNotBlank } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@ArgsType()
export class SendRoomMessageArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'roomId is not a valid id' })
  roomId: string;

  @Field({ description: '1..4000 characters.' })
  @IsNotBlank()
  @MaxChars(MAX_MESSAGE_LENGTH)
  body: string;
}
