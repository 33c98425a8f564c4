import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { IsNotBlank } from '../graphql/validation/validators';
import { MAX_COMMENT_LENGTH } from './add-comment.input';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@ArgsType()
export class EditCommentArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'id is not a valid id' })
  id: string;

  @Field()
  @IsNotBlank()
  @MaxChars(MAX_COMMENT_LENGTH)
  body: string;
}
