import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { JobFilter } from './job-filter.input';

@ArgsType()
export class JobsArgs extends ConnectionArgs {
  @Field(() => JobFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JobFilter)
  filter?: JobFilter | null;
}
