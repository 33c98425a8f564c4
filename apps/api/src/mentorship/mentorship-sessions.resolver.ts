import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { MentorshipSessionsService } from '@kindling/mentorship';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { CompleteSessionInput } from './complete-session.input';
import { MentorshipSession } from './mentorship-session.object';
import { ScheduleSessionInput } from './schedule-session.input';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

@Resolver(() => MentorshipSession)
export class MentorshipSessionsResolver {
  constructor(private readonly sessions: MentorshipSessionsService) {}

  @Mutation(() => MentorshipSession, { description: 'In the future, 15 to 240 minutes; the other participant is notified.' })
  @WriteLimit('sessions')
  async scheduleSession(
    @CurrentViewer() viewer: Viewer,
    @Args('roomId', { type: () => ID }, IdPipe) roomId: string,
    @Args('input') input: ScheduleSessionInput,
  ): Promise<MentorshipSession> {
    return MentorshipSession.from(await this.sessions.schedule(viewer.userId, roomId, input));
  }

  @Mutation(() => MentorshipSession)
  async completeSession(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID }, IdPipe) sessionId: string,
    @Args('input') input: CompleteSessionInput,
  ): Promise<MentorshipSession> {
    return MentorshipSession.from(await this.sessions.complete(viewer.userId, sessionId, input));
  }

  @Mutation(() => MentorshipSession)
  async cancelSession(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID }, IdPipe) sessionId: string,
  ): Promise<MentorshipSession> {
    return MentorshipSession.from(await this.sessions.cancel(viewer.userId, sessionId));
  }
}
