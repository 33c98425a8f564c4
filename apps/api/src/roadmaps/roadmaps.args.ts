import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@ArgsType()
export class RoadmapsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'communityId is not a valid id' })
  communityId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  query?: string | null;
}
