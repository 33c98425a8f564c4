import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Matches, MaxLength } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { MAX_MESSAGE_LENGTH } from '@kindling/mentorship';
import { IsNotBlank } from '../graphql/validation/validators';

@ArgsType()
export class SendRoomMessageArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'roomId is not a valid id' })
  roomId: string;

  @Field({ description: '1..4000 characters.' })
  @IsNotBlank()
  @MaxLength(MAX_MESSAGE_LENGTH)
  body: string;
}
