import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { EnrollmentStatus } from './roadmap-enums.graphql';

@ArgsType()
export class MyEnrollmentsArgs extends ConnectionArgs {
  @Field(() => EnrollmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EnrollmentStatus)
  status?: EnrollmentStatus | null;
}
