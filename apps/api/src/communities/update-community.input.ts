import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, IsOmittable } from '../graphql/validation/validators';
import { CommunityVisibility } from './community-enums.graphql';

@InputType()
export class UpdateCommunityInput {
  @Field({ nullable: true })
  @IsOmittable()
  @IsNotBlank()
  @MaxLength(80)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => CommunityVisibility, { nullable: true })
  @IsOmittable()
  @IsEnum(CommunityVisibility)
  visibility?: CommunityVisibility;
}
