import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { MAX_SEARCH_LIMIT, MAX_SEARCH_QUERY_LENGTH } from '@kindling/search';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@ArgsType()
export class SearchArgs {
  @Field(() => String)
  @IsString()
  @MaxChars(MAX_SEARCH_QUERY_LENGTH)
  query: string;

  @Field(() => Int, { defaultValue: 10, nullable: true })
  @IsInt()
  @Min(1, { message: `limit must be between 1 and ${MAX_SEARCH_LIMIT}` })
  @Max(MAX_SEARCH_LIMIT, { message: `limit must be between 1 and ${MAX_SEARCH_LIMIT}` })
  limit: number = 10;
}
