import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { CommunityRole, MembershipStatus } from './community-enums.graphql';

@ArgsType()
export class MembersArgs extends ConnectionArgs {
  @Field(() => CommunityRole, { nullable: true })
  @IsOptional()
  @IsEnum(CommunityRole)
  role?: CommunityRole | null;

  @Field(() => MembershipStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus | null;
}
