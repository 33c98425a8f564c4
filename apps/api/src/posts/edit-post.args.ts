import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { IsNotBlank } from '../graphql/validation/validators';
import { MAX_POST_LENGTH } from './create-post.input';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@ArgsType()
export class EditPostArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'id is not a valid id' })
  id: string;

  @Field()
  @IsNotBlank()
  @MaxChars(MAX_POST_LENGTH)
  body: string;
}
