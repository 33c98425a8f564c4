import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProgramClock } from './program-clock';

export const DEFAULT_CHECK_IN_CADENCE_DAYS = 14;

export interface DueReminder {
  matchId: string;
  programId: string;
  roomId: string;
  mentorId: string;
  menteeId: string;
}

/**
 * Pairs of ACTIVE programs due a check-in reminder: every cadenceDays (or 14)
 * since the last reminder, or since publishing for the first. Claiming sets
 * the reminder time in the same statement, so two sweeps never remind twice.
 */
@Injectable()
export class CheckInRemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ProgramClock,
  ) {}

  async claimDue(): Promise<DueReminder[]> {
    const now = this.clock.now();
    const [rows]: [Array<{ id: string; program_id: string; room_id: string; mentor_id: string; mentee_id: string }>, number] =
      await this.dataSource.query(
        `UPDATE program_match m SET check_in_reminded_at = $1
           FROM mentorship_program p
          WHERE p.id = m.program_id AND p.status = 'ACTIVE' AND m.room_id IS NOT NULL
            AND COALESCE(m.check_in_reminded_at, m.published_at) <= $1::timestamptz - make_interval(days => COALESCE(p.plan_cadence_days, $2))
        RETURNING m.id::text, m.program_id::text, m.room_id::text, m.mentor_id::text, m.mentee_id::text`,
        [now, DEFAULT_CHECK_IN_CADENCE_DAYS],
      );
    return rows.map((r) => ({ matchId: r.id, programId: r.program_id, roomId: r.room_id, mentorId: r.mentor_id, menteeId: r.mentee_id }));
  }
}
