import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../graphql/pagination/connection.args';
import { MaxChars } from '../graphql/validation/max-chars.validator';

/** Like ConnectionArgs, with a page of 50 by default (a chat screen). */
@ArgsType()
export class RoomMessagesArgs {
  @Field(() => Int, { defaultValue: 50, nullable: true })
  @IsInt()
  @Min(1, { message: 'first must be between 1 and 100' })
  @Max(MAX_PAGE_SIZE, { message: 'first must be between 1 and 100' })
  first: number = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(512)
  after?: string | null;
}
