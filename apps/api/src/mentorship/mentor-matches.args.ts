import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_MATCHES } from '@kindling/mentorship';

@ArgsType()
export class MentorMatchesArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10, description: `1..${MAX_MATCHES}` })
  @IsInt()
  @Min(1, { message: `limit must be between 1 and ${MAX_MATCHES}` })
  @Max(MAX_MATCHES, { message: `limit must be between 1 and ${MAX_MATCHES}` })
  limit: number = 10;
}
