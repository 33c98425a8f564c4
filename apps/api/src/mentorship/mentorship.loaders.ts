import { Injectable } from '@nestjs/common';
import {
  ActionItemEntity,
  ActionItemsService,
  isParticipant,
  MentorProfileEntity,
  MentorProfilesService,
  MentorshipRequestEntity,
  MentorshipRequestsService,
  MentorshipRoomEntity,
  RoomAccess,
  RoomFeedbackEntity,
  RoomFeedbackService,
  RoomGoalEntity,
  RoomGoalsService,
  RoomRoadmapService,
} from '@kindling/mentorship';
import { RoadmapEnrollmentEntity } from '@kindling/roadmaps';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../graphql/context/request-loaders';
import { Viewer } from '../graphql/context/viewer';

export interface MentorshipLoaderSet {
  profileByUserId: DataLoader<string, MentorProfileEntity | null>;
  /** Rooms the viewer is a participant of; null for every other id. */
  visibleRoom: DataLoader<string, MentorshipRoomEntity | null>;
  /** Requests the viewer is the mentee or mentor of; null for every other id. */
  visibleRequest: DataLoader<string, MentorshipRequestEntity | null>;
  goalsByRoom: DataLoader<string, RoomGoalEntity[]>;
  feedbackByRoom: DataLoader<string, RoomFeedbackEntity[]>;
  actionItemsBySession: DataLoader<string, ActionItemEntity[]>;
  /** Enrollments shared into rooms (callers reached them through a room the viewer may see). */
  enrollmentById: DataLoader<string, RoadmapEnrollmentEntity | null>;
}

@Injectable()
export class MentorshipLoaders implements LoaderFactory<MentorshipLoaderSet> {
  constructor(
    private readonly profiles: MentorProfilesService,
    private readonly access: RoomAccess,
    private readonly requests: MentorshipRequestsService,
    private readonly goals: RoomGoalsService,
    private readonly feedback: RoomFeedbackService,
    private readonly actionItems: ActionItemsService,
    private readonly roadmap: RoomRoadmapService,
  ) {}

  createLoaders(viewer: Viewer | null): MentorshipLoaderSet {
    const viewerId = viewer?.userId ?? null;
    return {
      profileByUserId: new DataLoader(async (ids) => {
        const found = new Map((await this.profiles.findByUserIds(ids)).map((p) => [p.userId, p]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      visibleRoom: new DataLoader(async (ids) => {
        const found = new Map((await this.access.findByIds(ids)).filter((r) => isParticipant(r, viewerId)).map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      visibleRequest: new DataLoader(async (ids) => {
        const mine = (r: MentorshipRequestEntity) => viewerId !== null && (r.menteeId === viewerId || r.mentorId === viewerId);
        const found = new Map((await this.requests.findByIds(ids)).filter(mine).map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      goalsByRoom: new DataLoader(async (ids) => {
        const found = await this.goals.forRooms(ids);
        return ids.map((id) => found.get(id) ?? []);
      }),
      feedbackByRoom: new DataLoader(async (ids) => {
        const found = await this.feedback.forRooms(ids);
        return ids.map((id) => found.get(id) ?? []);
      }),
      actionItemsBySession: new DataLoader(async (ids) => {
        const found = await this.actionItems.forSessions(ids);
        return ids.map((id) => found.get(id) ?? []);
      }),
      enrollmentById: new DataLoader(async (ids) => {
        const found = new Map((await this.roadmap.findEnrollments(ids)).map((e) => [e.id, e]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    };
  }
}
