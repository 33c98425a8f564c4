import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { MaxChars } from '../graphql/validation/max-chars.validator';

@ArgsType()
export class CommunitiesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  query?: string | null;
}
