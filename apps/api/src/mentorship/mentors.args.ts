import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { MentorFilter } from './mentor-filter.input';

@ArgsType()
export class MentorsArgs extends ConnectionArgs {
  @Field(() => MentorFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MentorFilter)
  filter?: MentorFilter | null;
}
