import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { RoomStatus } from './mentorship-enums.graphql';

@ArgsType()
export class MyRoomsArgs extends ConnectionArgs {
  @Field(() => RoomStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RoomStatus)
  status?: RoomStatus | null;
}
