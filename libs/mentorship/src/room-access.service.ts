import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { SocialGraphService } from '@kindling/social-graph';
import { MentorshipErrorCode, MentorshipException } from './mentorship.exception';
import { MentorshipRoomEntity } from './mentorship-room.entity';
import { acceptsWrites, isParticipant } from './room-policy';

export interface RoomAccessOptions {
  /** Run inside this transaction. */
  em?: EntityManager;
  /** Lock the room row (FOR UPDATE) for the rest of the transaction: status moves, feedback, capacity. */
  lock?: boolean;
  /** Refuse a COMPLETED room (ROOM_COMPLETED), and any room whose participants have a block either way (BLOCKED). */
  writable?: boolean;
  /** The argument named in the errors. */
  field?: string;
  /** The error for a non-participant when the caller reached the room through something else (a goal, a session). */
  missing?: () => MentorshipException;
}

export const roomNotFound = (field = 'roomId') => new MentorshipException(MentorshipErrorCode.ROOM_NOT_FOUND, 'No such room', field);

/**
 * The one gate to a room: its two participants get it, everyone else (other
 * members, platform staff) gets ROOM_NOT_FOUND, so a room's existence never leaks.
 * Every write into a room asks for it `writable`: while either participant
 * blocks the other, the room stays readable but takes nothing from either side
 * (messages, sessions, goals, action items, agreement, roadmap) until the block
 * is lifted; its status moves and closing feedback stay open.
 */
@Injectable()
export class RoomAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly graph: SocialGraphService,
  ) {}

  async require(viewerId: string, roomId: string, options: RoomAccessOptions = {}): Promise<MentorshipRoomEntity> {
    const em = options.em ?? this.dataSource.manager;
    const room = await em.findOne(MentorshipRoomEntity, {
      where: { id: roomId },
      ...(options.lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!room || !isParticipant(room, viewerId)) throw options.missing?.() ?? roomNotFound(options.field);
    if (options.writable && !acceptsWrites(room.status)) {
      throw new MentorshipException(
        MentorshipErrorCode.ROOM_COMPLETED,
        'The room is completed: it takes no more changes',
        options.field ?? 'roomId',
      );
    }
    if (options.writable && (await this.graph.isBlockedEitherWay(room.mentorId, room.menteeId, em))) {
      throw new MentorshipException(
        MentorshipErrorCode.BLOCKED,
        'A block stands between the participants: the room takes no changes until it is lifted',
        options.field ?? 'roomId',
      );
    }
    return room;
  }

  /** The room, or null when there is none or the viewer is not a participant. */
  async findVisible(viewerId: string | null, roomId: string): Promise<MentorshipRoomEntity | null> {
    const room = await this.dataSource.manager.findOneBy(MentorshipRoomEntity, { id: roomId });
    return room && isParticipant(room, viewerId) ? room : null;
  }

  /** Raw rows by id for loaders; callers keep only the viewer's own rooms. */
  findByIds(ids: readonly string[]): Promise<MentorshipRoomEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.dataSource.manager.findBy(MentorshipRoomEntity, { id: In([...ids]) });
  }
}
