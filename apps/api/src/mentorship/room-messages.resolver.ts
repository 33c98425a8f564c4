import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RoomMessagesService } from '@kindling/mentorship';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { RoomMessage } from './room-message.object';
import { SendRoomMessageArgs } from './send-room-message.args';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

@Resolver(() => RoomMessage)
export class RoomMessagesResolver {
  constructor(private readonly messages: RoomMessagesService) {}

  @Mutation(() => RoomMessage)
  @WriteLimit('roomMessages')
  async sendRoomMessage(@CurrentViewer() viewer: Viewer, @Args() args: SendRoomMessageArgs): Promise<RoomMessage> {
    return RoomMessage.from(await this.messages.send(viewer.userId, args.roomId, args.body));
  }
}
