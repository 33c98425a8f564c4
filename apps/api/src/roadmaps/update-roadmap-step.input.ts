import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { MAX_ESTIMATED_HOURS, MAX_RESOURCES_PER_STEP, MAX_STEP_DESCRIPTION, MAX_STEP_TITLE, MAX_STEPS } from '@kindling/roadmaps';
import { IsNotBlank, IsOmittable } from '../graphql/validation/validators';
import { ResourceInput } from './resource.input';
import { MaxChars } from '../graphql/validation/max-chars.validator';

/** Absent fields keep their value; null clears description, estimatedHours, resources and prerequisiteIds. */
@InputType()
export class UpdateRoadmapStepInput {
  @Field({ nullable: true })
  @IsOmittable()
  @IsNotBlank()
  @MaxChars(MAX_STEP_TITLE)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(MAX_STEP_DESCRIPTION)
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_ESTIMATED_HOURS)
  estimatedHours?: number | null;

  @Field(() => [ResourceInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RESOURCES_PER_STEP)
  @ValidateNested({ each: true })
  @Type(() => ResourceInput)
  resources?: ResourceInput[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_STEPS)
  @Matches(ID_PATTERN, { each: true, message: 'prerequisiteIds must all be valid ids' })
  prerequisiteIds?: string[] | null;
}
