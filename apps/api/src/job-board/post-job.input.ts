import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDate, IsEnum, IsOptional, IsString, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { JOB_LIMITS } from '@kindling/job-board';
import { IsNotBlank } from '../graphql/validation/validators';
import { EmploymentType } from './job-board-enums.graphql';
import { IsHttpUrl } from './is-http-url.validator';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class PostJobInput {
  @Field()
  @IsNotBlank()
  @MaxChars(JOB_LIMITS.title)
  title: string;

  @Field()
  @IsNotBlank()
  @MaxChars(JOB_LIMITS.company)
  company: string;

  @Field()
  @IsNotBlank()
  @MaxChars(JOB_LIMITS.description)
  description: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(JOB_LIMITS.location)
  location?: string | null;

  @Field()
  @IsBoolean()
  remote: boolean;

  @Field(() => EmploymentType)
  @IsEnum(EmploymentType)
  employmentType: EmploymentType;

  @Field(() => [String])
  @IsArray()
  @ArrayMinSize(JOB_LIMITS.minSkills, { message: 'skills must list at least one skill' })
  @ArrayMaxSize(JOB_LIMITS.maxSkills)
  @IsNotBlank({ each: true, message: 'skills must not contain blank entries' })
  @MaxChars(JOB_LIMITS.skill, { each: true })
  skills: string[];

  @Field()
  @MaxChars(JOB_LIMITS.applyUrl)
  @IsHttpUrl(JOB_LIMITS.applyUrl)
  applyUrl: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'communityId is not a valid id' })
  communityId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Defaults to 30 days from now; at most 90.' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}
