import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { RoomAccess, RoomMessagesService } from '@kindling/mentorship';
import { PubSubService, Topics } from '@kindling/realtime';
import type { GraphQLContext } from '../graphql/context/graphql-context';
import { IdPipe } from '../graphql/validation/id.pipe';
import { LiveStream } from '../realtime/live-stream';
import { RoomMessage } from './room-message.object';

const passThrough = <T>(value: T) => value;

@Resolver(() => RoomMessage)
export class RoomMessageSubscriptionsResolver {
  constructor(
    private readonly access: RoomAccess,
    private readonly messages: RoomMessagesService,
    private readonly pubsub: PubSubService,
    private readonly live: LiveStream,
  ) {}

  /** NOT_FOUND unless the viewer is one of the room's participants; each message is authorized again as it arrives. */
  @Subscription(() => RoomMessage, { description: 'Participants of the room only.', resolve: passThrough })
  async roomMessageAdded(
    @Context() context: GraphQLContext,
    @Args('roomId', { type: () => ID }, IdPipe) roomId: string,
  ): Promise<AsyncIterator<RoomMessage>> {
    await this.access.require(context.viewer!.userId, roomId);
    // Two participants at most: loaded per member, a member's several sockets sharing one load.
    const source = this.pubsub.iterate(Topics.roomMessage(roomId));
    return this.live.map(context, `roomMessageAdded:${roomId}`, source, async ({ messageId }, userId) => {
      const message = await this.messages.findVisible(userId, messageId);
      return message && message.roomId === roomId ? RoomMessage.from(message) : null;
    });
  }
}
