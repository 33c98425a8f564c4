import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsInt, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { PROGRAM_LIMITS } from '@kindling/programs';
import { MaxChars } from '../graphql/validation/max-chars.validator';
import { IsNotBlank } from '../graphql/validation/validators';
import { ProgramPlanInput } from './program-plan.input';

/** What creating and updating a program both take, with the same rules. */
@InputType({ isAbstract: true })
abstract class ProgramDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(PROGRAM_LIMITS.description)
  description?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROGRAM_LIMITS.questions)
  @IsString({ each: true })
  @MaxChars(PROGRAM_LIMITS.question, { each: true })
  questions?: string[] | null;

  @Field(() => ProgramPlanInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgramPlanInput)
  plan?: ProgramPlanInput | null;
}

@InputType()
export class UpdateProgramInput extends ProgramDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotBlank()
  @MaxChars(PROGRAM_LIMITS.title)
  title?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  quietAfterDays?: number | null;
}

@InputType()
export class CreateProgramInput extends ProgramDetailsInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'communityId is not a valid id' })
  communityId: string;

  @Field()
  @IsString()
  @MaxChars(PROGRAM_LIMITS.slug)
  slug: string;

  @Field()
  @IsNotBlank()
  @MaxChars(PROGRAM_LIMITS.title)
  title: string;

  @Field(() => Int, { nullable: true, defaultValue: 14 })
  @IsOptional()
  @IsInt()
  quietAfterDays?: number | null;
}
