import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString } from 'class-validator';
import { IsNotBlank, IsOmittable } from '../graphql/validation/validators';
import { CommunityVisibility } from './community-enums.graphql';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class UpdateCommunityInput {
  @Field({ nullable: true })
  @IsOmittable()
  @IsNotBlank()
  @MaxChars(80)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  description?: string | null;

  @Field(() => CommunityVisibility, { nullable: true })
  @IsOmittable()
  @IsEnum(CommunityVisibility)
  visibility?: CommunityVisibility;
}
