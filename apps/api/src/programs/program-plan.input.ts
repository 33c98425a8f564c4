import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PROGRAM_LIMITS } from '@kindling/programs';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class WorkbookItemInput {
  @Field(() => Int)
  @IsInt()
  week: number;

  @Field()
  @IsString()
  @MaxChars(PROGRAM_LIMITS.workbookTitle)
  title: string;

  @Field()
  @IsString()
  @MaxChars(PROGRAM_LIMITS.instructions)
  instructions: string;
}

@InputType()
export class ProgramPlanInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROGRAM_LIMITS.goals)
  @IsString({ each: true })
  @MaxChars(PROGRAM_LIMITS.goal, { each: true })
  goals?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  cadenceDays?: number | null;

  @Field(() => [WorkbookItemInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROGRAM_LIMITS.workbookItems)
  @ValidateNested({ each: true })
  @Type(() => WorkbookItemInput)
  workbook?: WorkbookItemInput[] | null;
}
