import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kindling/communities';
import { RoadmapsModule } from '@kindling/roadmaps';
import { SocialGraphModule } from '@kindling/social-graph';
import { UsersModule } from '@kindling/users';
import { ActionItemEntity } from './action-item.entity';
import { ActionItemsService } from './action-items.service';
import { MentorMatchingService } from './mentor-matching.service';
import { MentorProfileEntity } from './mentor-profile.entity';
import { MentorProfilesService } from './mentor-profiles.service';
import { MentorshipRequestEntity } from './mentorship-request.entity';
import { MentorshipRequestsService } from './mentorship-requests.service';
import { MentorshipRoomEntity } from './mentorship-room.entity';
import { MentorshipRoomsService } from './mentorship-rooms.service';
import { MentorshipSessionEntity } from './mentorship-session.entity';
import { MentorshipSessionsService } from './mentorship-sessions.service';
import { ProgramRoomsService } from './program-rooms.service';
import { RoomAccess } from './room-access.service';
import { RoomActivityService } from './room-activity.service';
import { RoomFeedbackEntity } from './room-feedback.entity';
import { RoomFeedbackService } from './room-feedback.service';
import { RoomGoalEntity } from './room-goal.entity';
import { RoomGoalsService } from './room-goals.service';
import { RoomMessageEntity } from './room-message.entity';
import { RoomMessagesService } from './room-messages.service';
import { RoomRoadmapService } from './room-roadmap.service';

const SERVICES = [
  RoomAccess,
  MentorProfilesService,
  MentorMatchingService,
  MentorshipRequestsService,
  MentorshipRoomsService,
  RoomGoalsService,
  MentorshipSessionsService,
  ActionItemsService,
  RoomMessagesService,
  RoomFeedbackService,
  RoomRoadmapService,
  ProgramRoomsService,
  RoomActivityService,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([
      MentorProfileEntity,
      MentorshipRequestEntity,
      MentorshipRoomEntity,
      RoomGoalEntity,
      MentorshipSessionEntity,
      ActionItemEntity,
      RoomMessageEntity,
      RoomFeedbackEntity,
    ]),
    UsersModule,
    SocialGraphModule,
    CommunitiesModule,
    RoadmapsModule,
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class MentorshipModule {}
