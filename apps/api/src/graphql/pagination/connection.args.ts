import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MaxChars } from '../validation/max-chars.validator';

export const MAX_PAGE_SIZE = 100;

/** `first` 1..100 (default 20) and an opaque `after` cursor; every connection field takes these. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, nullable: true })
  @IsInt()
  @Min(1, { message: 'first must be between 1 and 100' })
  @Max(MAX_PAGE_SIZE, { message: 'first must be between 1 and 100' })
  first: number = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(512)
  after?: string | null;
}
