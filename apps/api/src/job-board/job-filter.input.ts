import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { JOB_LIMITS } from '@kindling/job-board';
import { EmploymentType, JobStatus } from './job-board-enums.graphql';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class JobFilter {
  @Field(() => String, { nullable: true, description: 'Words matched (as prefixes) in the title, company and description.' })
  @IsOptional()
  @IsString()
  @MaxChars(JOB_LIMITS.query)
  query?: string | null;

  @Field(() => [String], { nullable: true, description: 'Jobs listing at least one of these skills.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(JOB_LIMITS.maxSkills)
  @IsString({ each: true })
  @MaxChars(JOB_LIMITS.skill, { each: true })
  skills?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remote?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'communityId is not a valid id' })
  communityId?: string | null;

  @Field(() => EmploymentType, { nullable: true })
  @IsOptional()
  @IsEnum(EmploymentType)
  employmentType?: EmploymentType | null;

  @Field(() => JobStatus, { nullable: true, description: 'OPEN when absent.' })
  @IsOptional()
  @IsEnum(JobStatus)
  status?: JobStatus | null;
}
