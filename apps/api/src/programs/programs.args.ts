import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { ProgramApplicationStatus, ProgramRole, ProgramStatus } from './programs-enums.graphql';

@ArgsType()
export class ProgramsArgs extends ConnectionArgs {
  @Field(() => ProgramStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProgramStatus)
  status?: ProgramStatus | null;
}

@ArgsType()
export class ProgramApplicationsArgs extends ConnectionArgs {
  @Field(() => ProgramRole, { nullable: true })
  @IsOptional()
  @IsEnum(ProgramRole)
  role?: ProgramRole | null;

  @Field(() => ProgramApplicationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProgramApplicationStatus)
  status?: ProgramApplicationStatus | null;
}
