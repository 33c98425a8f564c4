import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString } from 'class-validator';
import { EXPERTISE_LIMITS } from '@kindling/mentorship';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class MentorFilter {
  @Field(() => String, { nullable: true, description: "Words matched (as prefixes) in the mentor's name, headline and expertise." })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  query?: string | null;

  @Field(() => [String], { nullable: true, description: 'Mentors with at least one of these skills.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EXPERTISE_LIMITS.max)
  @IsString({ each: true })
  @MaxChars(EXPERTISE_LIMITS.length, { each: true })
  skills?: string[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Leave out mentors not accepting mentees or at capacity.' })
  @IsOptional()
  @IsBoolean()
  acceptingOnly?: boolean | null;
}
