import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches } from 'class-validator';
import { IsNotBlank } from '../graphql/validation/validators';
import { CommunityVisibility } from './community-enums.graphql';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class CreateCommunityInput {
  @Field()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/, { message: 'slug must be 3 to 40 of a-z, 0-9 and -, not starting or ending with -' })
  slug: string;

  @Field()
  @IsNotBlank()
  @MaxChars(80)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  description?: string | null;

  @Field(() => CommunityVisibility)
  @IsEnum(CommunityVisibility)
  visibility: CommunityVisibility;
}
