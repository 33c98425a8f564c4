import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { RoadmapStatus } from './roadmap-enums.graphql';

@ArgsType()
export class CommunityRoadmapsArgs extends ConnectionArgs {
  @Field(() => RoadmapStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RoadmapStatus)
  status?: RoadmapStatus | null;
}
