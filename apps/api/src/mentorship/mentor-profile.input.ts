import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CAPACITY_LIMITS, EXPERTISE_LIMITS, YEARS_LIMITS } from '@kindling/mentorship';
import { IsNotBlank } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class MentorProfileInput {
  @Field(() => [String], { description: '1 to 20 skills, normalised like profile skills.' })
  @IsArray()
  @ArrayMinSize(EXPERTISE_LIMITS.min)
  @ArrayMaxSize(EXPERTISE_LIMITS.max)
  @IsNotBlank({ each: true, message: 'expertise must not contain blank entries' })
  @MaxChars(EXPERTISE_LIMITS.length, { each: true })
  expertise: string[];

  @Field(() => Int, { description: '0..60' })
  @IsInt()
  @Min(YEARS_LIMITS.min)
  @Max(YEARS_LIMITS.max)
  yearsOfExperience: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  about?: string | null;

  @Field()
  @IsBoolean()
  acceptingMentees: boolean;

  @Field(() => Int, { description: '1..50 open rooms at once.' })
  @IsInt()
  @Min(CAPACITY_LIMITS.min)
  @Max(CAPACITY_LIMITS.max)
  capacity: number;
}
