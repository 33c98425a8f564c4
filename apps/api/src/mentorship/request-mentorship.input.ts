import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { MAX_REQUEST_GOALS } from '@kindling/mentorship';
import { IsNotBlank } from '../graphql/validation/validators';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@InputType()
export class RequestMentorshipInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: 'mentorId is not a valid id' })
  mentorId: string;

  @Field()
  @IsNotBlank()
  @MaxChars(2000)
  message: string;

  @Field(() => [String], { description: "Up to 10; matched against mentors' expertise while the request is pending." })
  @IsArray()
  @ArrayMaxSize(MAX_REQUEST_GOALS)
  @IsNotBlank({ each: true, message: 'goals must not contain blank entries' })
  @MaxChars(100, { each: true })
  goals: string[];
}
