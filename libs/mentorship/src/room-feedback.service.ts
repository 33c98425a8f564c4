import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { TransactionRunner } from '@kindling/database';
import { MentorProfilesService } from './mentor-profiles.service';
import { RoomStatus } from './mentorship.enums';
import { MentorshipErrorCode, MentorshipException } from './mentorship.exception';
import { assertWithin, cleanText } from './mentorship-rules';
import { RoomAccess } from './room-access.service';
import { RoomFeedbackEntity } from './room-feedback.entity';
import { roleIn } from './room-policy';
import { MentorshipRole } from './mentorship.enums';

export const RATING_LIMITS = { min: 1, max: 5 } as const;

/**
 * Closing feedback: each participant once, after the room is COMPLETED.
 * The mentee's rating rates the mentor (their profile's average moves in the
 * same transaction). The mentor's feedback rates the mentorship from their
 * side: it is kept in the room for both participants to read, and moves no
 * public figure (mentees have no public rating).
 */
@Injectable()
export class RoomFeedbackService {
  constructor(
    @InjectRepository(RoomFeedbackEntity) private readonly feedback: Repository<RoomFeedbackEntity>,
    private readonly tx: TransactionRunner,
    private readonly access: RoomAccess,
    private readonly profiles: MentorProfilesService,
  ) {}

  async submit(viewerId: string, roomId: string, rating: number, comment?: string | null): Promise<RoomFeedbackEntity> {
    assertWithin('rating', rating, RATING_LIMITS);
    return this.tx.run(async ({ em }) => {
      const room = await this.access.require(viewerId, roomId, { em, lock: true });
      if (room.status !== RoomStatus.COMPLETED) {
        throw new MentorshipException(MentorshipErrorCode.ROOM_NOT_COMPLETED, 'Feedback opens once the room is completed', 'roomId');
      }
      const inserted: unknown[] = await em.query(
        `INSERT INTO room_feedback (room_id, author_id, rating, comment) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING room_id`,
        [roomId, viewerId, rating, cleanText(comment)],
      );
      if (inserted.length === 0) {
        throw new MentorshipException(MentorshipErrorCode.FEEDBACK_ALREADY_GIVEN, 'You already gave feedback on this room', 'roomId');
      }
      if (roleIn(room, viewerId) === MentorshipRole.MENTEE) await this.profiles.addRating(em, room.mentorId, rating);
      return em.findOneByOrFail(RoomFeedbackEntity, { roomId, authorId: viewerId });
    });
  }

  /** Each room's feedback, oldest first, for the loader behind `feedback`. */
  async forRooms(roomIds: readonly string[]): Promise<Map<string, RoomFeedbackEntity[]>> {
    const rows =
      roomIds.length === 0
        ? []
        : await this.feedback.find({ where: { roomId: In([...roomIds]) }, order: { createdAt: 'ASC', authorId: 'ASC' } });
    const byRoom = new Map<string, RoomFeedbackEntity[]>();
    for (const row of rows) byRoom.set(row.roomId, [...(byRoom.get(row.roomId) ?? []), row]);
    return byRoom;
  }
}
