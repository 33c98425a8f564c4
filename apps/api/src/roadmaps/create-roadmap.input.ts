import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { IsNotBlank } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class CreateRoadmapInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'communityId is not a valid id' })
  communityId: string;

  @Field({ description: 'Unique within the community: 3 to 40 of a-z, 0-9 and -.' })
  @Matches(/^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/, { message: 'slug must be 3 to 40 of a-z, 0-9 and -, not starting or ending with -' })
  slug: string;

  @Field()
  @IsNotBlank()
  @MaxChars(140)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(4000)
  description?: string | null;
}
