import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDate, IsOptional, IsString } from 'class-validator';
import { JOB_LIMITS } from '@kindling/job-board';
import { IsNotBlank, IsOmittable } from '../graphql/validation/validators';
import { IsHttpUrl } from './is-http-url.validator';
import { MaxChars } from '../graphql/validation/max-chars.validator';

/** Absent fields stay as they are; only `location` may be cleared with null. */
@InputType()
export class UpdateJobInput {
  @Field({ nullable: true })
  @IsOmittable()
  @IsNotBlank()
  @MaxChars(JOB_LIMITS.title)
  title?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsNotBlank()
  @MaxChars(JOB_LIMITS.description)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(JOB_LIMITS.location)
  location?: string | null;

  @Field({ nullable: true })
  @IsOmittable()
  @IsBoolean()
  remote?: boolean;

  @Field(() => [String], { nullable: true })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(JOB_LIMITS.minSkills, { message: 'skills must list at least one skill' })
  @ArrayMaxSize(JOB_LIMITS.maxSkills)
  @IsNotBlank({ each: true, message: 'skills must not contain blank entries' })
  @MaxChars(JOB_LIMITS.skill, { each: true })
  skills?: string[];

  @Field({ nullable: true })
  @IsOmittable()
  @MaxChars(JOB_LIMITS.applyUrl)
  @IsHttpUrl(JOB_LIMITS.applyUrl)
  applyUrl?: string;

  @Field(() => Date, { nullable: true, description: 'In the future, at most 90 days from now.' })
  @IsOmittable()
  @IsDate()
  expiresAt?: Date;
}
