import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { ConnectionArgs } from '../graphql/pagination/connection.args';

@ArgsType()
export class PublicFeedArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^#?[\p{L}\p{M}\p{N}_]{1,50}$/u, { message: 'tag must be one #hashtag' })
  tag?: string | null;
}
