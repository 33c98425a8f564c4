import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RoomFeedbackService } from '@kindling/mentorship';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { RoomFeedback } from './room-feedback.object';
import { SubmitRoomFeedbackArgs } from './submit-room-feedback.args';

@Resolver(() => RoomFeedback)
export class RoomFeedbackResolver {
  constructor(private readonly feedback: RoomFeedbackService) {}

  @Mutation(() => RoomFeedback, {
    description:
      "Each participant once, after the room is COMPLETED. The mentee's rating moves the mentor's average; the mentor's feedback stays in the room.",
  })
  async submitRoomFeedback(@CurrentViewer() viewer: Viewer, @Args() args: SubmitRoomFeedbackArgs): Promise<RoomFeedback> {
    return RoomFeedback.from(await this.feedback.submit(viewer.userId, args.roomId, args.rating, args.comment));
  }
}
