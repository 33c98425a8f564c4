import { Field, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { SESSION_MINUTES } from '@kindling/mentorship';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class ScheduleSessionInput {
  @Field({ description: 'In the future.' })
  @IsDate()
  scheduledAt: Date;

  @Field(() => Int, { description: '15..240' })
  @IsInt()
  @Min(SESSION_MINUTES.min)
  @Max(SESSION_MINUTES.max)
  durationMinutes: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  agenda?: string | null;
}
