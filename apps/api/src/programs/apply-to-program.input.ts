import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { PROGRAM_LIMITS } from '@kindling/programs';
import { MaxChars } from '../graphql/validation/max-chars.validator';
import { ProgramRole } from './programs-enums.graphql';

@InputType()
export class ApplyToProgramInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'programId is not a valid id' })
  programId: string;

  @Field(() => ProgramRole)
  @IsEnum(ProgramRole)
  role: ProgramRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(PROGRAM_LIMITS.applicationGoals)
  goals?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROGRAM_LIMITS.questions)
  @IsString({ each: true })
  @MaxChars(PROGRAM_LIMITS.answer, { each: true })
  answers?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Required for mentors, 1..10.' })
  @IsOptional()
  @IsInt()
  capacity?: number | null;
}
