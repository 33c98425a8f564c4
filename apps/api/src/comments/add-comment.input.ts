import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { IsNotBlank } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

export const MAX_COMMENT_LENGTH = 5_000;

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'postId is not a valid id' })
  postId: string;

  @Field()
  @IsNotBlank()
  @MaxChars(MAX_COMMENT_LENGTH)
  body: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'parentId is not a valid id' })
  parentId?: string | null;
}
