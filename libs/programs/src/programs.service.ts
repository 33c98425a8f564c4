import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { canSeeInside, CommunitiesService, isModerator, MembershipsService, staffCommunityIdsSql } from '@kindling/communities';
import { Page, PageRequest, toPage } from '@kindling/core';
import { isUniqueViolation, TransactionRunner } from '@kindling/database';
import { ProgramAccess, ProgramAccessService } from './program-access.service';
import { ProgramStatus } from './program.enums';
import { ProgramEntity } from './program.entity';
import {
  assertIntWithin,
  cleanList,
  cleanOptional,
  DEFAULT_QUIET_AFTER_DAYS,
  invalid,
  isNextStatus,
  PROGRAM_LIMITS,
  PROGRAM_SLUG_PATTERN,
} from './program-rules';
import { ProgramsErrorCode, ProgramsException } from './programs.exception';
import { WorkbookItemEntity } from './workbook-item.entity';

export interface PlanInput {
  goals?: readonly string[] | null;
  cadenceDays?: number | null;
  workbook?: ReadonlyArray<{ week: number; title: string; instructions: string }> | null;
}

export interface ProgramChanges {
  title?: string | null;
  description?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  questions?: readonly string[] | null;
  plan?: PlanInput | null;
  quietAfterDays?: number | null;
}

export interface NewProgram extends ProgramChanges {
  communityId: string;
  slug: string;
  title: string;
}

const wrongStatus = (message: string, field = 'id') => new ProgramsException(ProgramsErrorCode.WRONG_STATUS, message, field);

/** Programs as a whole: creating, editing, the lifecycle and the lists. */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly access: ProgramAccessService,
    private readonly communities: CommunitiesService,
    private readonly memberships: MembershipsService,
  ) {}

  /** Owners and moderators of the community; the program starts as a DRAFT only they see. */
  async create(viewerId: string, input: NewProgram): Promise<ProgramEntity> {
    const slug = input.slug.trim().toLowerCase();
    if (!PROGRAM_SLUG_PATTERN.test(slug)) {
      throw invalid('slug', 'slug must be 1 to 60 lowercase letters, digits or inner hyphens');
    }
    const title = input.title.trim();
    if (!title) throw invalid('title', 'title must not be blank');
    const community = await this.communities.require(input.communityId);
    const standing = await this.memberships.standing(community.id, viewerId);
    if (!isModerator(standing)) {
      if (!canSeeInside(community.visibility, standing)) {
        throw new ProgramsException(ProgramsErrorCode.PROGRAM_NOT_FOUND, 'No such community', 'communityId');
      }
      throw new ProgramsException(
        ProgramsErrorCode.NOT_A_MANAGER,
        "Only the community's owners and moderators create programs",
        'communityId',
      );
    }
    const patch = this.patchOf(input);
    try {
      return await this.tx.run(async ({ em }) => {
        const program = await em.save(
          em.create(ProgramEntity, {
            ...patch,
            communityId: community.id,
            createdById: viewerId,
            slug,
            title,
            quietAfterDays: patch.quietAfterDays ?? DEFAULT_QUIET_AFTER_DAYS,
            status: ProgramStatus.DRAFT,
          }),
        );
        if (input.plan?.workbook) await this.replaceWorkbook(em, program.id, input.plan.workbook);
        return program;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_mentorship_program_slug')) {
        throw new ProgramsException(ProgramsErrorCode.SLUG_TAKEN, 'The community already has a program with this slug', 'slug');
      }
      throw error;
    }
  }

  /** Managers; until the matches are published (the plan is what rooms start with). */
  async update(viewerId: string, programId: string, changes: ProgramChanges): Promise<ProgramEntity> {
    const patch = this.patchOf(changes);
    if (changes.title !== undefined) {
      const title = changes.title?.trim();
      if (!title) throw invalid('title', 'title must not be blank');
      patch.title = title;
    }
    return this.tx.run(async ({ em }) => {
      const { program } = await this.access.requireManager(viewerId, programId, { em, lock: true });
      if (program.status === ProgramStatus.ACTIVE || program.status === ProgramStatus.COMPLETED) {
        throw wrongStatus('A published program can no longer be edited');
      }
      if (Object.keys(patch).length > 0) await em.update(ProgramEntity, { id: programId }, patch);
      if (changes.plan?.workbook) await this.replaceWorkbook(em, programId, changes.plan.workbook);
      const updated = await em.findOneByOrFail(ProgramEntity, { id: programId });
      this.assertDates(updated.startsAt, updated.endsAt);
      return updated;
    });
  }

  /**
   * One step forward. ACTIVE is reached only by publishing the matches
   * (publishProgramMatches), so it is refused here.
   */
  async setStatus(viewerId: string, programId: string, status: ProgramStatus): Promise<ProgramEntity> {
    return this.tx.run(async ({ em }) => {
      const { program } = await this.access.requireManager(viewerId, programId, { em, lock: true });
      if (program.status === status) return program;
      if (!isNextStatus(program.status, status)) {
        throw new ProgramsException(ProgramsErrorCode.INVALID_TRANSITION, `A ${program.status} program cannot move to ${status}`, 'status');
      }
      if (status === ProgramStatus.ACTIVE) {
        throw new ProgramsException(ProgramsErrorCode.INVALID_TRANSITION, 'Publish the matches to make the program ACTIVE', 'status');
      }
      await em.update(ProgramEntity, { id: programId }, { status });
      return em.findOneByOrFail(ProgramEntity, { id: programId });
    });
  }

  find(viewerId: string | null, programId: string): Promise<ProgramAccess | null> {
    return this.access.find(viewerId, programId);
  }

  /** A community's programs the viewer may see, newest first; DRAFTs for its managers only. */
  async listForCommunity(
    viewerId: string | null,
    communityId: string,
    status: ProgramStatus | null | undefined,
    { first, after }: PageRequest<string>,
  ): Promise<{ page: Page<ProgramEntity>; manager: boolean }> {
    const community = await this.communities.require(communityId);
    const standing = await this.memberships.standing(communityId, viewerId);
    const manager = isModerator(standing);
    if (!manager && !canSeeInside(community.visibility, standing)) return { page: { items: [], hasNextPage: false }, manager };
    const builder = this.dataSource
      .getRepository(ProgramEntity)
      .createQueryBuilder('p')
      .where('p.community_id = :communityId', { communityId })
      .orderBy('p.id', 'DESC')
      .take(first + 1);
    if (!manager) builder.andWhere(`p.status <> 'DRAFT'`);
    if (status) builder.andWhere('p.status = :status', { status });
    if (after) builder.andWhere('p.id < :after', { after });
    return { page: toPage(await builder.getMany(), first), manager };
  }

  /** Programs the viewer applied to (and still sees) or manages, newest first. */
  async listMine(viewerId: string, { first, after }: PageRequest<string>): Promise<Page<ProgramAccess>> {
    const builder = this.dataSource
      .getRepository(ProgramEntity)
      .createQueryBuilder('p')
      .where(
        `(p.community_id IN (${staffCommunityIdsSql(':viewerId')})
          OR (p.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM program_application a WHERE a.program_id = p.id AND a.applicant_id = :viewerId)))`,
        { viewerId },
      )
      .orderBy('p.id', 'DESC')
      .take(first + 1);
    if (after) builder.andWhere('p.id < :after', { after });
    const page = toPage(await builder.getMany(), first);
    // An applicant who left a private community no longer sees its programs.
    const judged = await Promise.all(page.items.map((p) => this.access.judge(viewerId, p)));
    return { items: judged.filter((a): a is ProgramAccess => a !== null), hasNextPage: page.hasNextPage };
  }

  /** Raw rows for loaders; callers judge visibility. */
  findByIds(ids: readonly string[]): Promise<ProgramEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.dataSource.manager.findBy(ProgramEntity, { id: In([...ids]) });
  }

  /** Workbook items of several programs, in (week, position) order. */
  workbookOf(programIds: readonly string[]): Promise<WorkbookItemEntity[]> {
    if (programIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(WorkbookItemEntity, {
      where: { programId: In([...programIds]) },
      order: { week: 'ASC', position: 'ASC' },
    });
  }

  private patchOf(changes: ProgramChanges): Partial<ProgramEntity> {
    const patch: Partial<ProgramEntity> = {};
    if (changes.description !== undefined) patch.description = cleanOptional(changes.description);
    if (changes.startsAt !== undefined) patch.startsAt = changes.startsAt;
    if (changes.endsAt !== undefined) patch.endsAt = changes.endsAt;
    this.assertDates(patch.startsAt, patch.endsAt);
    if (changes.questions !== undefined) {
      patch.questions = cleanList('questions', changes.questions ?? [], PROGRAM_LIMITS.questions, PROGRAM_LIMITS.question);
    }
    if (changes.quietAfterDays !== undefined && changes.quietAfterDays !== null) {
      assertIntWithin('quietAfterDays', changes.quietAfterDays, PROGRAM_LIMITS.quietAfterDays);
      patch.quietAfterDays = changes.quietAfterDays;
    }
    const plan = changes.plan;
    if (plan?.goals !== undefined) patch.planGoals = cleanList('plan.goals', plan.goals ?? [], PROGRAM_LIMITS.goals, PROGRAM_LIMITS.goal);
    if (plan?.cadenceDays !== undefined) {
      if (plan.cadenceDays !== null) assertIntWithin('plan.cadenceDays', plan.cadenceDays, PROGRAM_LIMITS.cadenceDays);
      patch.planCadenceDays = plan.cadenceDays;
    }
    if (plan?.workbook) this.checkWorkbook(plan.workbook);
    return patch;
  }

  private assertDates(startsAt: Date | null | undefined, endsAt: Date | null | undefined): void {
    if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) throw invalid('endsAt', 'endsAt must be after startsAt');
  }

  private checkWorkbook(items: NonNullable<PlanInput['workbook']>): void {
    if (items.length > PROGRAM_LIMITS.workbookItems) {
      throw invalid('plan.workbook', `the workbook takes at most ${PROGRAM_LIMITS.workbookItems} items`);
    }
    items.forEach((item, i) => {
      assertIntWithin(`plan.workbook.${i}.week`, item.week, PROGRAM_LIMITS.week);
      if (!item.title.trim()) throw invalid(`plan.workbook.${i}.title`, 'title must not be blank');
      if (!item.instructions.trim()) throw invalid(`plan.workbook.${i}.instructions`, 'instructions must not be blank');
    });
  }

  private async replaceWorkbook(em: EntityManager, programId: string, items: NonNullable<PlanInput['workbook']>): Promise<void> {
    await em.delete(WorkbookItemEntity, { programId });
    if (items.length === 0) return;
    await em.insert(
      WorkbookItemEntity,
      items.map((item, position) => ({
        programId,
        week: item.week,
        position,
        title: item.title.trim(),
        instructions: item.instructions.trim(),
      })),
    );
  }
}
