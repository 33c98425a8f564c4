import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { MatchHealth } from './match-health';
import { ProgramHealthService } from './program-health.service';
import { ProgramStatus } from './program.enums';
import { ProgramEntity } from './program.entity';
import { ProgramMatchEntity } from './program-match.entity';

export interface HealthChange {
  matchId: string;
  programId: string;
  communityId: string;
  menteeId: string;
  from: MatchHealth;
  to: MatchHealth;
}

/**
 * Recomputes the health of the published matches of ACTIVE programs against
 * the health stored by the last sweep. The caller tells the managers of each
 * turn to AT_RISK, then stores the changes: a crash in between tells them
 * again (notifications group per actor, so it reads as one), never not at all;
 * a pair that stays AT_RISK is not reported again until it recovered.
 */
@Injectable()
export class HealthSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: ProgramHealthService,
  ) {}

  async changes(programId?: string): Promise<HealthChange[]> {
    const programs = await this.dataSource.manager.findBy(ProgramEntity, {
      status: ProgramStatus.ACTIVE,
      ...(programId && { id: programId }),
    });
    if (programs.length === 0) return [];
    const byId = new Map(programs.map((p) => [p.id, p]));
    const matches = await this.dataSource.manager.findBy(ProgramMatchEntity, { programId: In([...byId.keys()]), roomId: Not(IsNull()) });
    const health = await this.health.ofMatches(matches, (id) => byId.get(id)!.quietAfterDays);
    return matches
      .map((m) => ({
        matchId: m.id,
        programId: m.programId,
        communityId: byId.get(m.programId)!.communityId,
        menteeId: m.menteeId,
        from: m.lastHealth,
        to: health.get(m.id) ?? MatchHealth.HEALTHY,
      }))
      .filter((c) => c.from !== c.to);
  }

  async store(changes: readonly HealthChange[]): Promise<void> {
    for (const change of changes) {
      await this.dataSource.manager.update(ProgramMatchEntity, { id: change.matchId }, { lastHealth: change.to });
    }
  }
}
