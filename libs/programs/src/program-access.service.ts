import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { canSeeInside, CommunitiesService, isModerator, MembershipsService, Standing } from '@kindling/communities';
import { ProgramStatus } from './program.enums';
import { ProgramEntity } from './program.entity';
import { ProgramsErrorCode, ProgramsException } from './programs.exception';

export interface ProgramAccess {
  program: ProgramEntity;
  standing: Standing;
  /** An ACTIVE owner or moderator of the program's community. */
  manager: boolean;
}

export const programNotFound = (field = 'id') => new ProgramsException(ProgramsErrorCode.PROGRAM_NOT_FOUND, 'No such program', field);

/**
 * Who sees a program: its managers always; everyone else once it left DRAFT,
 * and in a private community only its ACTIVE members. Everyone else gets
 * null / PROGRAM_NOT_FOUND, so a hidden program's existence never leaks.
 */
export const canSeeProgram = (status: ProgramStatus, communityIsVisible: boolean, manager: boolean): boolean =>
  manager || (status !== ProgramStatus.DRAFT && communityIsVisible);

@Injectable()
export class ProgramAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly communities: CommunitiesService,
    private readonly memberships: MembershipsService,
  ) {}

  async find(
    viewerId: string | null,
    programId: string,
    options: { em?: EntityManager; lock?: boolean } = {},
  ): Promise<ProgramAccess | null> {
    const em = options.em ?? this.dataSource.manager;
    const program = await em.findOne(ProgramEntity, {
      where: { id: programId },
      ...(options.lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!program) return null;
    return this.judge(viewerId, program, em);
  }

  /** The program's access for the viewer, or null when they may not see it. */
  async judge(viewerId: string | null, program: ProgramEntity, em: EntityManager = this.dataSource.manager): Promise<ProgramAccess | null> {
    const [community, standing] = await Promise.all([
      this.communities.require(program.communityId),
      this.memberships.standing(program.communityId, viewerId, em),
    ]);
    const manager = isModerator(standing);
    return canSeeProgram(program.status, canSeeInside(community.visibility, standing), manager) ? { program, standing, manager } : null;
  }

  async require(viewerId: string, programId: string, options: { em?: EntityManager; lock?: boolean; field?: string } = {}) {
    const access = await this.find(viewerId, programId, options);
    if (!access) throw programNotFound(options.field);
    return access;
  }

  /** A manager's program, locked when asked; NOT_FOUND when hidden, NOT_A_MANAGER when visible but not theirs to run. */
  async requireManager(viewerId: string, programId: string, options: { em?: EntityManager; lock?: boolean; field?: string } = {}) {
    const access = await this.require(viewerId, programId, options);
    if (!access.manager) {
      throw new ProgramsException(
        ProgramsErrorCode.NOT_A_MANAGER,
        "Only the community's owners and moderators run its programs",
        options.field ?? 'id',
      );
    }
    return access;
  }
}
