import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { TransactionRunner } from '@kindling/database';
import { MentorProfilesService } from './mentor-profiles.service';
import { RoomStatus } from './mentorship.enums';
import { MentorshipErrorCode, MentorshipException } from './mentorship.exception';
import { MentorshipRoomEntity } from './mentorship-room.entity';
import { cleanText } from './mentorship-rules';
import { RoomAccess } from './room-access.service';
import { canMoveRoom } from './room-policy';

/** Omitted fields stay as they are; null (or blank) clears one. */
export interface AgreementChanges {
  goals?: string | null;
  cadence?: string | null;
  expectations?: string | null;
}

/** Rooms as a whole: listing, the agreement and the status. Only the two participants get anywhere. */
@Injectable()
export class MentorshipRoomsService {
  constructor(
    @InjectRepository(MentorshipRoomEntity) private readonly rooms: Repository<MentorshipRoomEntity>,
    private readonly tx: TransactionRunner,
    private readonly access: RoomAccess,
    private readonly profiles: MentorProfilesService,
  ) {}

  /** The room for its participants; null for everyone else. */
  findVisible(viewerId: string | null, roomId: string): Promise<MentorshipRoomEntity | null> {
    return this.access.findVisible(viewerId, roomId);
  }

  /** Rooms the viewer mentors or is mentored in, newest first. */
  async listMine(
    viewerId: string,
    status: RoomStatus | null | undefined,
    { first, after }: PageRequest<string>,
  ): Promise<Page<MentorshipRoomEntity>> {
    const builder = this.rooms
      .createQueryBuilder('r')
      .where(new Brackets((b) => b.where('r.mentor_id = :viewerId').orWhere('r.mentee_id = :viewerId')), { viewerId })
      .orderBy('r.id', 'DESC')
      .take(first + 1);
    if (status) builder.andWhere('r.status = :status', { status });
    if (after) builder.andWhere('r.id < :after', { after });
    return toPage(await builder.getMany(), first);
  }

  async updateAgreement(viewerId: string, roomId: string, changes: AgreementChanges): Promise<MentorshipRoomEntity> {
    return this.tx.run(async ({ em }) => {
      await this.access.require(viewerId, roomId, { em, lock: true, writable: true });
      const patch: Partial<MentorshipRoomEntity> = {};
      if (changes.goals !== undefined) patch.agreementGoals = cleanText(changes.goals);
      if (changes.cadence !== undefined) patch.agreementCadence = cleanText(changes.cadence);
      if (changes.expectations !== undefined) patch.agreementExpectations = cleanText(changes.expectations);
      if (Object.keys(patch).length > 0)
        await em.update(MentorshipRoomEntity, { id: roomId }, { ...patch, agreementUpdatedAt: new Date() });
      return em.findOneByOrFail(MentorshipRoomEntity, { id: roomId });
    });
  }

  /**
   * Either participant: ACTIVE ↔ PAUSED, or to COMPLETED, which is final and
   * gives the mentor's slot back in the same transaction.
   */
  async setStatus(viewerId: string, roomId: string, status: RoomStatus): Promise<MentorshipRoomEntity> {
    return this.tx.run(async ({ em }) => {
      const room = await this.access.require(viewerId, roomId, { em, lock: true });
      if (!canMoveRoom(room.status, status)) {
        throw new MentorshipException(MentorshipErrorCode.ROOM_COMPLETED, 'The room is completed: it takes no more changes', 'status');
      }
      if (room.status === status) return room;
      const completing = status === RoomStatus.COMPLETED;
      await em.update(MentorshipRoomEntity, { id: roomId }, { status, ...(completing && { completedAt: new Date() }) });
      if (completing) await this.profiles.releaseSlot(em, room.mentorId);
      return em.findOneByOrFail(MentorshipRoomEntity, { id: roomId });
    });
  }
}
