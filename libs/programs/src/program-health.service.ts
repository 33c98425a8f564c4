import { Injectable } from '@nestjs/common';
import { RoomActivityService } from '@kindling/mentorship';
import { CheckInsService } from './check-ins.service';
import { matchHealth, MatchHealth } from './match-health';
import { ProgramClock } from './program-clock';
import { ProgramEntity } from './program.entity';
import { ProgramMatchEntity } from './program-match.entity';

export interface ProgramHealthSummary {
  matchedMentees: number;
  unmatchedMentees: number;
  healthy: number;
  quiet: number;
  atRisk: number;
  sessionsHeld: number;
  goalsDone: number;
  averageCheckIn: number | null;
}

/** Match health, computed when read from the rooms' activity and check-ins (no message or response is read). */
@Injectable()
export class ProgramHealthService {
  constructor(
    private readonly activity: RoomActivityService,
    private readonly checkIns: CheckInsService,
    private readonly clock: ProgramClock,
  ) {}

  /** Health per match id, for matches of one program (or several with their quiet periods). */
  async ofMatches(
    matches: readonly ProgramMatchEntity[],
    quietAfterDays: (programId: string) => number,
  ): Promise<Map<string, MatchHealth>> {
    const detail = await this.detail(matches);
    const now = this.clock.now();
    return new Map(
      matches.map((m) => {
        const room = m.roomId ? detail.activity.get(m.roomId) : undefined;
        const latestRating = m.roomId ? (detail.latest.get(m.roomId) ?? null) : null;
        const health = room
          ? matchHealth({ lastActivityAt: room.lastActivityAt, latestRating, quietAfterDays: quietAfterDays(m.programId), now })
          : MatchHealth.HEALTHY;
        return [m.id, health];
      }),
    );
  }

  /** Managers' summary of a program (callers check who asks). */
  async summary(program: ProgramEntity, matches: readonly ProgramMatchEntity[]): Promise<ProgramHealthSummary> {
    const published = matches.filter((m) => m.roomId);
    const [health, detail] = await Promise.all([this.ofMatches(published, () => program.quietAfterDays), this.detail(published)]);
    const count = (h: MatchHealth) => [...health.values()].filter((v) => v === h).length;
    const ratings = [...detail.latest.values()];
    const activities = [...detail.activity.values()];
    return {
      matchedMentees: matches.length,
      unmatchedMentees: Math.max(0, program.menteeCount - matches.length),
      healthy: count(MatchHealth.HEALTHY),
      quiet: count(MatchHealth.QUIET),
      atRisk: count(MatchHealth.AT_RISK),
      sessionsHeld: activities.reduce((n, a) => n + a.sessionsHeld, 0),
      goalsDone: activities.reduce((n, a) => n + a.goalsDone, 0),
      averageCheckIn: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null,
    };
  }

  private async detail(matches: readonly ProgramMatchEntity[]) {
    const roomIds = matches.map((m) => m.roomId).filter((id): id is string => id !== null);
    const [activity, checkIns] = await Promise.all([this.activity.ofRooms(roomIds), this.checkIns.ofRooms(roomIds)]);
    // ofRooms is newest first: the first seen per room is its latest.
    const latest = new Map<string, number>();
    for (const c of checkIns) if (!latest.has(c.roomId)) latest.set(c.roomId, c.rating);
    return { activity, latest };
  }
}
