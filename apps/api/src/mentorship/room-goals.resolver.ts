import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { RoomGoalsService } from '@kindling/mentorship';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { RoomGoal } from './room-goal.object';
import { RoomGoalInput } from './room-goal.input';
import { UpdateRoomGoalInput } from './update-room-goal.input';

@Resolver(() => RoomGoal)
export class RoomGoalsResolver {
  constructor(private readonly goals: RoomGoalsService) {}

  @Mutation(() => RoomGoal)
  async addRoomGoal(
    @CurrentViewer() viewer: Viewer,
    @Args('roomId', { type: () => ID }, IdPipe) roomId: string,
    @Args('input') input: RoomGoalInput,
  ): Promise<RoomGoal> {
    return RoomGoal.from(await this.goals.add(viewer.userId, roomId, input));
  }

  @Mutation(() => RoomGoal)
  async updateRoomGoal(
    @CurrentViewer() viewer: Viewer,
    @Args('goalId', { type: () => ID }, IdPipe) goalId: string,
    @Args('input') input: UpdateRoomGoalInput,
  ): Promise<RoomGoal> {
    return RoomGoal.from(await this.goals.update(viewer.userId, goalId, input));
  }
}
