import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { PostKind } from '@kindling/posts';
import { IsNotBlank, IsOmittable } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

export const MAX_POST_LENGTH = 10_000;

@InputType()
export class CreatePostInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'threadId is not a valid id' })
  threadId: string;

  @Field()
  @IsNotBlank()
  @MaxChars(MAX_POST_LENGTH)
  body: string;

  @Field(() => PostKind, { nullable: true, defaultValue: PostKind.UPDATE })
  @IsOmittable()
  @IsEnum(PostKind)
  kind?: PostKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'roadmapStepId is not a valid id' })
  roadmapStepId?: string | null;
}
