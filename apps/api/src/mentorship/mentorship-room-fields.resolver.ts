import { Args, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TimeKey } from '@kindling/database';
import { MentorshipSessionsService, roomProgress, RoomMessagesService } from '@kindling/mentorship';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, decodeTimeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { MentorshipSessionConnection } from './mentorship-session-connection';
import { RoomMessageConnection } from './room-message-connection';
import { MentorshipLoaders } from './mentorship.loaders';
import { MentorshipRoom } from './mentorship-room.object';
import { MentorshipSession } from './mentorship-session.object';
import { RoomFeedback } from './room-feedback.object';
import { RoomGoal } from './room-goal.object';
import { RoomMessage } from './room-message.object';
import { RoomMessagesArgs } from './room-messages.args';

/** Fields of a room; a MentorshipRoom object only exists for one of its two participants. */
@Resolver(() => MentorshipRoom)
export class MentorshipRoomFieldsResolver {
  constructor(
    private readonly sessionsService: MentorshipSessionsService,
    private readonly messagesService: RoomMessagesService,
    private readonly userLoaders: UserLoaders,
    private readonly mentorshipLoaders: MentorshipLoaders,
  ) {}

  @ResolveField(() => User)
  mentor(@Parent() room: MentorshipRoom, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, room.mentorId);
  }

  @ResolveField(() => User)
  mentee(@Parent() room: MentorshipRoom, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, room.menteeId);
  }

  @ResolveField(() => [RoomGoal], { description: 'In the order they were added.' })
  async goals(@Parent() room: MentorshipRoom, @Loaders() loaders: RequestLoaders): Promise<RoomGoal[]> {
    return (await loaders.for(this.mentorshipLoaders).goalsByRoom.load(room.id)).map((g) => RoomGoal.from(g));
  }

  @ResolveField(() => Float, { description: 'Share of goals that are DONE, 0..1.' })
  async progress(@Parent() room: MentorshipRoom, @Loaders() loaders: RequestLoaders): Promise<number> {
    return roomProgress((await loaders.for(this.mentorshipLoaders).goalsByRoom.load(room.id)).map((g) => g.status));
  }

  @ResolveField(() => MentorshipSessionConnection, { description: 'Latest scheduledAt first.' })
  async sessions(@Parent() room: MentorshipRoom, @Args() args: ConnectionArgs): Promise<Connection<MentorshipSession>> {
    let after: TimeKey | undefined;
    if (args.after) {
      after = decodeTimeCursor(args.after);
    }
    const page = await this.sessionsService.list(room.id, { first: args.first, after });
    return toConnection(
      page,
      (s) => encodeCursor([s.key.at, s.key.id]),
      (s) => MentorshipSession.from(s),
    );
  }

  @ResolveField(() => RoomMessageConnection, { description: 'Newest first.' })
  async messages(@Parent() room: MentorshipRoom, @Args() args: RoomMessagesArgs): Promise<Connection<RoomMessage>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.messagesService.list(room.id, { first: args.first, after });
    return toConnection(
      page,
      (m) => encodeCursor([m.id]),
      (m) => RoomMessage.from(m),
    );
  }

  @ResolveField(() => [RoomFeedback], { description: "Each participant's closing feedback, once the room is COMPLETED." })
  async feedback(@Parent() room: MentorshipRoom, @Loaders() loaders: RequestLoaders): Promise<RoomFeedback[]> {
    return (await loaders.for(this.mentorshipLoaders).feedbackByRoom.load(room.id)).map((f) => RoomFeedback.from(f));
  }
}
