import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { isUniqueViolation, TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { RoomAccess } from '@kindling/mentorship';
import { CheckInEntity } from './check-in.entity';
import { ProgramClock } from './program-clock';
import { ProgramMatchEntity } from './program-match.entity';
import { assertIntWithin, cleanOptional, invalid } from './program-rules';
import { ProgramsErrorCode, ProgramsException } from './programs.exception';

export const CHECK_IN_LIMITS = { rating: { min: 1, max: 5 }, note: 2_000 } as const;

const roomNotFound = () => new ProgramsException(ProgramsErrorCode.ROOM_NOT_FOUND, 'No such program room', 'roomId');

/** Check-ins of program rooms: a participant rates the relationship 1..5, at most once a day. */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly rooms: RoomAccess,
    private readonly clock: ProgramClock,
    private readonly jobs: JobQueue,
  ) {}

  /** A participant of a room a program opened; anyone else (managers too) gets NOT_FOUND. */
  async submit(viewerId: string, roomId: string, rating: number, note?: string | null): Promise<CheckInEntity> {
    assertIntWithin('rating', rating, CHECK_IN_LIMITS.rating);
    const text = cleanOptional(note);
    if (text && text.length > CHECK_IN_LIMITS.note) throw invalid('note', `note must be at most ${CHECK_IN_LIMITS.note} characters`);
    // Participants only (ROOM_NOT_FOUND for anyone else); not while a block stands between them or once the room is completed.
    await this.rooms.require(viewerId, roomId, { writable: true, field: 'roomId' });
    const match = await this.dataSource.manager.findOneBy(ProgramMatchEntity, { roomId });
    if (!match) throw roomNotFound();
    const now = this.clock.now();
    try {
      return await this.tx.run(async (tx) => {
        const saved = await tx.em.save(
          tx.em.create(CheckInEntity, {
            programId: match.programId,
            roomId,
            authorId: viewerId,
            rating,
            note: text,
            day: now.toISOString().slice(0, 10),
            createdAt: now,
          }),
        );
        // A low rating turns the pair AT_RISK now, not at the next daily sweep.
        await this.jobs.enqueueAfterCommit(
          tx,
          'programs.health',
          { programId: match.programId },
          { jobId: `program-health.check-in.${saved.id}` },
        );
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_program_check_in_day')) {
        throw new ProgramsException(ProgramsErrorCode.ALREADY_CHECKED_IN, 'You already checked in today', 'roomId');
      }
      throw error;
    }
  }

  /** Check-ins of these rooms, newest first; callers show them to the rooms' participants only. */
  ofRooms(roomIds: readonly string[]): Promise<CheckInEntity[]> {
    if (roomIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(CheckInEntity, { where: { roomId: In([...roomIds]) }, order: { createdAt: 'DESC', id: 'DESC' } });
  }
}
