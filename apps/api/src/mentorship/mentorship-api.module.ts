import { Module } from '@nestjs/common';
import { MentorshipModule } from '@kindling/mentorship';
import { RoadmapsApiModule } from '../roadmaps/roadmaps-api.module';
import { UsersApiModule } from '../users/users-api.module';
import { ActionItemFieldsResolver } from './action-item-fields.resolver';
import { ActionItemsResolver } from './action-items.resolver';
import { MentorProfileFieldsResolver } from './mentor-profile-fields.resolver';
import { MentorProfilesResolver } from './mentor-profiles.resolver';
import { MentorshipLoaders } from './mentorship.loaders';
import { MentorshipRequestFieldsResolver } from './mentorship-request-fields.resolver';
import { MentorshipRequestsResolver } from './mentorship-requests.resolver';
import { MentorshipRoomEnrollmentResolver } from './mentorship-room-enrollment.resolver';
import { MentorshipRoomFieldsResolver } from './mentorship-room-fields.resolver';
import { MentorshipRoomsResolver } from './mentorship-rooms.resolver';
import { MentorshipSessionFieldsResolver } from './mentorship-session-fields.resolver';
import { MentorshipSessionsResolver } from './mentorship-sessions.resolver';
import { NotificationMentorshipRequestResolver } from './notification-mentorship-request.resolver';
import { NotificationRoomResolver } from './notification-room.resolver';
import { RoomFeedbackFieldsResolver } from './room-feedback-fields.resolver';
import { RoomFeedbackResolver } from './room-feedback.resolver';
import { RoomGoalsResolver } from './room-goals.resolver';
import { RoomMessageFieldsResolver } from './room-message-fields.resolver';
import { RoomMessageSubscriptionsResolver } from './room-message-subscriptions.resolver';
import { RoomMessagesResolver } from './room-messages.resolver';
import { RoomRoadmapResolver } from './room-roadmap.resolver';
import { UserMentorProfileResolver } from './user-mentor-profile.resolver';

@Module({
  imports: [MentorshipModule, UsersApiModule, RoadmapsApiModule],
  providers: [
    MentorshipLoaders,
    MentorProfilesResolver,
    MentorProfileFieldsResolver,
    UserMentorProfileResolver,
    MentorshipRequestsResolver,
    MentorshipRequestFieldsResolver,
    MentorshipRoomsResolver,
    MentorshipRoomFieldsResolver,
    MentorshipRoomEnrollmentResolver,
    RoomRoadmapResolver,
    RoomGoalsResolver,
    MentorshipSessionsResolver,
    MentorshipSessionFieldsResolver,
    ActionItemsResolver,
    ActionItemFieldsResolver,
    RoomMessagesResolver,
    RoomMessageFieldsResolver,
    RoomMessageSubscriptionsResolver,
    RoomFeedbackResolver,
    RoomFeedbackFieldsResolver,
    NotificationRoomResolver,
    NotificationMentorshipRequestResolver,
  ],
})
export class MentorshipApiModule {}
