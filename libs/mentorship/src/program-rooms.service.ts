import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { MentorshipRequestStatus, OPEN_ROOM_STATUSES, RoomStatus } from './mentorship.enums';
import { MentorshipRequestEntity } from './mentorship-request.entity';
import { MentorshipRoomEntity } from './mentorship-room.entity';
import { RoomGoalEntity } from './room-goal.entity';

export interface ProgramRoomInput {
  mentorId: string;
  menteeId: string;
  /** Shown as the request's message: how the pair came to be. */
  note: string;
  /** Added to a new room as OPEN goals, in order. */
  goals: readonly string[];
}

/**
 * Rooms opened for another feature's pairing (a mentorship program): the
 * same room as an accepted request, so it is exactly as private. A pair that
 * already has an open room keeps it (one open room per pair) and gets no
 * second one; its goals are left as they are.
 */
@Injectable()
export class ProgramRoomsService {
  /** Inside the caller's transaction; returns the room id. */
  async open(em: EntityManager, input: ProgramRoomInput): Promise<string> {
    const existing = await em.findOne(MentorshipRoomEntity, {
      where: { mentorId: input.mentorId, menteeId: input.menteeId, status: In([...OPEN_ROOM_STATUSES]) },
    });
    if (existing) return existing.id;
    const now = new Date();
    const request = await em.save(
      em.create(MentorshipRequestEntity, {
        menteeId: input.menteeId,
        mentorId: input.mentorId,
        message: input.note,
        goals: [],
        status: MentorshipRequestStatus.ACCEPTED,
        respondedAt: now,
      }),
    );
    const room = await em.save(
      em.create(MentorshipRoomEntity, {
        mentorId: input.mentorId,
        menteeId: input.menteeId,
        requestId: request.id,
        status: RoomStatus.ACTIVE,
      }),
    );
    await em.update(MentorshipRequestEntity, { id: request.id }, { roomId: room.id });
    if (input.goals.length > 0)
      await em.insert(
        RoomGoalEntity,
        input.goals.map((title) => ({ roomId: room.id, title })),
      );
    return room.id;
  }
}
