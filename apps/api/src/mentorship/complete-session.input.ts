import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, ValidateNested } from 'class-validator';
import { MAX_ACTION_ITEMS } from '@kindling/mentorship';
import { ActionItemInput } from './action-item.input';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class CompleteSessionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(10_000)
  notes?: string | null;

  @Field(() => [ActionItemInput], {
    nullable: true,
    description: `At most ${MAX_ACTION_ITEMS}; each assignee must be the mentor or the mentee.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ACTION_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ActionItemInput)
  actionItems?: ActionItemInput[] | null;
}
