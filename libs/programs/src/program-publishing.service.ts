import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { ProgramRoomsService } from '@kindling/mentorship';
import { ProgramAccessService } from './program-access.service';
import { ProgramClock } from './program-clock';
import { ProgramStatus } from './program.enums';
import { ProgramEntity } from './program.entity';
import { ProgramMatchEntity } from './program-match.entity';
import { ProgramsErrorCode, ProgramsException } from './programs.exception';

/**
 * Publishing a MATCHING program: one room per match (with the plan's goals),
 * PROGRAM_MATCHED to both, the program ACTIVE — all in one transaction that
 * holds the program's row lock. A second call finds it ACTIVE and returns it;
 * a retry after a crash finds nothing committed and starts over. A match
 * keeps its room id (unique), and jobs carry deterministic ids.
 */
@Injectable()
export class ProgramPublishingService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly access: ProgramAccessService,
    private readonly rooms: ProgramRoomsService,
    private readonly jobs: JobQueue,
    private readonly clock: ProgramClock,
  ) {}

  async publish(viewerId: string, programId: string): Promise<ProgramEntity> {
    return this.tx.run(async (tx) => {
      const { em } = tx;
      const { program } = await this.access.requireManager(viewerId, programId, { em, lock: true, field: 'programId' });
      if (program.status === ProgramStatus.ACTIVE) return program;
      if (program.status !== ProgramStatus.MATCHING) {
        throw new ProgramsException(ProgramsErrorCode.WRONG_STATUS, 'Matches are published while the program is MATCHING', 'programId');
      }
      const now = this.clock.now();
      const matches = await em.find(ProgramMatchEntity, { where: { programId, roomId: IsNull() }, order: { id: 'ASC' } });
      for (const match of matches) {
        const roomId = await this.rooms.open(em, {
          mentorId: match.mentorId,
          menteeId: match.menteeId,
          note: `Matched in the program “${program.title}”`,
          goals: program.planGoals,
        });
        await em.update(ProgramMatchEntity, { id: match.id }, { roomId, publishedAt: now });
        await this.jobs.enqueueAfterCommit(tx, 'notify.program-matched', { matchId: match.id }, { jobId: `program-matched.${match.id}` });
      }
      await em.update(ProgramEntity, { id: programId }, { status: ProgramStatus.ACTIVE, startsAt: program.startsAt ?? now });
      return em.findOneByOrFail(ProgramEntity, { id: programId });
    });
  }
}
