import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MentorshipRoomsService } from '@kindling/mentorship';
import { CurrentViewer, OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { IdPipe } from '../graphql/validation/id.pipe';
import { MentorshipRoomConnection } from './mentorship-room-connection';
import { RoomStatus } from './mentorship-enums.graphql';
import { MentorshipRoom } from './mentorship-room.object';
import { MyRoomsArgs } from './my-rooms.args';
import { RoomAgreementInput } from './room-agreement.input';

@Resolver(() => MentorshipRoom)
export class MentorshipRoomsResolver {
  constructor(private readonly rooms: MentorshipRoomsService) {}

  @Query(() => MentorshipRoom, { nullable: true, description: 'Null for everyone but the two participants.' })
  async mentorshipRoom(
    @OptionalViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MentorshipRoom | null> {
    const room = viewer ? await this.rooms.findVisible(viewer.userId, id) : null;
    return room && MentorshipRoom.from(room);
  }

  @Query(() => MentorshipRoomConnection, { description: 'Rooms the viewer mentors or is mentored in, newest first.' })
  async myRooms(@CurrentViewer() viewer: Viewer, @Args() args: MyRoomsArgs): Promise<Connection<MentorshipRoom>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.rooms.listMine(viewer.userId, args.status, { first: args.first, after });
    return toConnection(
      page,
      (r) => encodeCursor([r.id]),
      (r) => MentorshipRoom.from(r),
    );
  }

  @Mutation(() => MentorshipRoom)
  async updateRoomAgreement(
    @CurrentViewer() viewer: Viewer,
    @Args('roomId', { type: () => ID }, IdPipe) roomId: string,
    @Args('input') input: RoomAgreementInput,
  ): Promise<MentorshipRoom> {
    return MentorshipRoom.from(await this.rooms.updateAgreement(viewer.userId, roomId, input));
  }

  @Mutation(() => MentorshipRoom, { description: 'Either participant: ACTIVE ↔ PAUSED, or COMPLETED (final: then only feedback).' })
  async setRoomStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('roomId', { type: () => ID }, IdPipe) roomId: string,
    @Args('status', { type: () => RoomStatus }) status: RoomStatus,
  ): Promise<MentorshipRoom> {
    return MentorshipRoom.from(await this.rooms.setStatus(viewer.userId, roomId, status));
  }
}
