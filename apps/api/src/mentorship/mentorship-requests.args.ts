import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { MentorshipRequestStatus, MentorshipRole } from './mentorship-enums.graphql';

@ArgsType()
export class MentorshipRequestsArgs extends ConnectionArgs {
  @Field(() => MentorshipRole)
  @IsEnum(MentorshipRole)
  role: MentorshipRole;

  @Field(() => MentorshipRequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MentorshipRequestStatus)
  status?: MentorshipRequestStatus | null;
}
