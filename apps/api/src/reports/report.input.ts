import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { ReportReason } from './report-enums.graphql';
import { MaxChars } from '../graphql/validation/max-chars.validator';

export const MAX_REPORT_DETAILS_LENGTH = 1000;

@InputType()
export class ReportInput {
  @Field(() => ID, { nullable: true, description: 'Exactly one of postId and commentId.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'postId is not a valid id' })
  postId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'commentId is not a valid id' })
  commentId?: string | null;

  @Field(() => ReportReason)
  @IsEnum(ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(MAX_REPORT_DETAILS_LENGTH)
  details?: string | null;
}
