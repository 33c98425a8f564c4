import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString } from 'class-validator';
import { MAX_PROFILE_TAGS, MAX_TAG_LENGTH } from '@kindling/users';
import { IsIanaTimeZone, IsNotBlank, IsOmittable, StripInvisibleControls } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @StripInvisibleControls()
  @IsOmittable()
  @IsNotBlank()
  @MaxChars(80)
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(160)
  headline?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  bio?: string;

  @Field(() => [String], { nullable: true })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_PROFILE_TAGS)
  @IsNotBlank({ each: true, message: 'skills must not contain blank entries' })
  @MaxChars(MAX_TAG_LENGTH, { each: true })
  skills?: string[];

  @Field(() => [String], { nullable: true })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_PROFILE_TAGS)
  @IsNotBlank({ each: true, message: 'interests must not contain blank entries' })
  @MaxChars(MAX_TAG_LENGTH, { each: true })
  interests?: string[];

  @Field({ nullable: true })
  @IsOmittable()
  @IsIanaTimeZone()
  timezone?: string;
}
