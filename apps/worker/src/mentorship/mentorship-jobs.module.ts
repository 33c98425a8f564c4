import { Module } from '@nestjs/common';
import { MentorshipModule } from '@kindling/mentorship';
import { NotificationsModule } from '@kindling/notifications';
import { MentorshipAcceptedHandler } from './mentorship-accepted.handler';
import { MentorshipDeclinedHandler } from './mentorship-declined.handler';
import { MentorshipRequestedHandler } from './mentorship-requested.handler';
import { RoomMessageHandler } from './room-message.handler';
import { SessionScheduledHandler } from './session-scheduled.handler';
import { StepVerifiedHandler } from './step-verified.handler';

/** Notifications of the mentorship feature: one handler per job. */
@Module({
  imports: [MentorshipModule, NotificationsModule],
  providers: [
    MentorshipRequestedHandler,
    MentorshipAcceptedHandler,
    MentorshipDeclinedHandler,
    RoomMessageHandler,
    SessionScheduledHandler,
    StepVerifiedHandler,
  ],
})
export class MentorshipJobsModule {}
