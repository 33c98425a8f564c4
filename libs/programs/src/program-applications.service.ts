import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { isActive, isBanned } from '@kindling/communities';
import { Page, PageRequest, toPage } from '@kindling/core';
import { isUniqueViolation, TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { ProgramAccessService } from './program-access.service';
import { ProgramApplicationStatus, ProgramRole, ProgramStatus } from './program.enums';
import { ProgramApplicationEntity } from './program-application.entity';
import { ProgramEntity } from './program.entity';
import { ProgramMatchEntity } from './program-match.entity';
import { assertIntWithin, cleanOptional, invalid, PROGRAM_LIMITS } from './program-rules';
import { ProgramsErrorCode, ProgramsException } from './programs.exception';

export interface NewApplication {
  programId: string;
  role: ProgramRole;
  goals?: string | null;
  answers?: readonly string[] | null;
  capacity?: number | null;
}

const fail = (code: ProgramsErrorCode, message: string, field = 'id') => new ProgramsException(code, message, field);
const applicationNotFound = () => fail(ProgramsErrorCode.APPLICATION_NOT_FOUND, 'No such application');
const countColumn = (role: ProgramRole) => (role === ProgramRole.MENTOR ? 'mentor_count' : 'mentee_count');

/**
 * Applying, withdrawing and reviewing. An application and its answers are
 * seen by the applicant and the program's managers only.
 */
@Injectable()
export class ProgramApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly access: ProgramAccessService,
    private readonly jobs: JobQueue,
  ) {}

  /** While OPEN; mentees need an ACTIVE membership, nobody banned from the community applies. */
  async apply(viewerId: string, input: NewApplication): Promise<ProgramApplicationEntity> {
    const goals = cleanOptional(input.goals);
    if (goals && goals.length > PROGRAM_LIMITS.applicationGoals) {
      throw invalid('goals', `goals must be at most ${PROGRAM_LIMITS.applicationGoals} characters`);
    }
    let capacity: number | null = null;
    if (input.role === ProgramRole.MENTOR) {
      if (input.capacity === undefined || input.capacity === null) throw invalid('capacity', 'mentors say how many mentees they take');
      assertIntWithin('capacity', input.capacity, PROGRAM_LIMITS.capacity);
      capacity = input.capacity;
    } else if (input.capacity !== undefined && input.capacity !== null) {
      throw invalid('capacity', 'only mentors give a capacity');
    }
    try {
      return await this.tx.run(async ({ em }) => {
        const { program, standing } = await this.access.require(viewerId, input.programId, { em, field: 'programId' });
        if (program.status !== ProgramStatus.OPEN) {
          throw fail(ProgramsErrorCode.WRONG_STATUS, 'The program takes applications only while OPEN', 'programId');
        }
        if (isBanned(standing) || (input.role === ProgramRole.MENTEE && !isActive(standing))) {
          throw fail(ProgramsErrorCode.NOT_A_MEMBER, "Mentees must be active members of the program's community", 'programId');
        }
        const answers = this.checkAnswers(program, input.answers ?? []);
        return await em.save(
          em.create(ProgramApplicationEntity, { programId: program.id, applicantId: viewerId, role: input.role, goals, answers, capacity }),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_program_application_applicant')) {
        throw fail(ProgramsErrorCode.ALREADY_APPLIED, 'You already applied to this program', 'programId');
      }
      throw error;
    }
  }

  /** The applicant, before the matches are published; an accepted applicant leaves the cohort and its proposed matches. */
  async withdraw(viewerId: string, applicationId: string): Promise<ProgramApplicationEntity> {
    return this.tx.run(async ({ em }) => {
      const application = await this.lock(em, applicationId);
      if (!application || application.applicantId !== viewerId) throw applicationNotFound();
      const program = await em.findOneOrFail(ProgramEntity, { where: { id: application.programId }, lock: { mode: 'pessimistic_write' } });
      if (program.status !== ProgramStatus.OPEN && program.status !== ProgramStatus.MATCHING) {
        throw fail(ProgramsErrorCode.WRONG_STATUS, 'Applications are final once the matches are published');
      }
      if (application.status === ProgramApplicationStatus.WITHDRAWN || application.status === ProgramApplicationStatus.DECLINED) {
        throw fail(ProgramsErrorCode.APPLICATION_NOT_PENDING, 'The application is no longer open');
      }
      if (application.status === ProgramApplicationStatus.ACCEPTED) {
        await this.moveCount(em, program.id, application.role, -1);
        await this.dropProposedMatches(em, program.id, viewerId);
      }
      await em.update(ProgramApplicationEntity, { id: application.id }, { status: ProgramApplicationStatus.WITHDRAWN });
      return em.findOneByOrFail(ProgramApplicationEntity, { id: application.id });
    });
  }

  /** Managers, once per PENDING application, while OPEN or MATCHING; the applicant hears of it (PROGRAM_APPLICATION_REVIEWED). */
  async review(viewerId: string, applicationId: string, accept: boolean): Promise<ProgramApplicationEntity> {
    return this.tx.run(async (tx) => {
      const { em } = tx;
      const application = await this.lock(em, applicationId);
      if (!application) throw applicationNotFound();
      const access = await this.access.find(viewerId, application.programId, { em, lock: true });
      // Only the applicant and managers know an application exists.
      if (!access?.manager) throw applicationNotFound();
      const { program } = access;
      if (program.status !== ProgramStatus.OPEN && program.status !== ProgramStatus.MATCHING) {
        throw fail(ProgramsErrorCode.WRONG_STATUS, 'Applications are reviewed while the program is OPEN or MATCHING');
      }
      if (application.status !== ProgramApplicationStatus.PENDING) {
        throw fail(ProgramsErrorCode.APPLICATION_NOT_PENDING, 'The application is no longer pending');
      }
      const status = accept ? ProgramApplicationStatus.ACCEPTED : ProgramApplicationStatus.DECLINED;
      await em.update(ProgramApplicationEntity, { id: application.id }, { status, reviewedAt: new Date() });
      if (accept) await this.moveCount(em, program.id, application.role, 1);
      await this.jobs.enqueueAfterCommit(
        tx,
        'notify.program-application-reviewed',
        { applicationId: application.id, reviewerId: viewerId },
        { jobId: `program-application-reviewed.${application.id}` },
      );
      return em.findOneByOrFail(ProgramApplicationEntity, { id: application.id });
    });
  }

  /** Managers only (callers check); newest first. */
  async list(
    programId: string,
    filter: { role?: ProgramRole | null; status?: ProgramApplicationStatus | null },
    { first, after }: PageRequest<string>,
  ): Promise<Page<ProgramApplicationEntity>> {
    const rows = await this.dataSource.manager.find(ProgramApplicationEntity, {
      where: {
        programId,
        ...(filter.role && { role: filter.role }),
        ...(filter.status && { status: filter.status }),
        ...(after && { id: LessThan(after) }),
      },
      order: { id: 'DESC' },
      take: first + 1,
    });
    return toPage(rows, first);
  }

  /** Raw rows for loaders and jobs; callers keep what the viewer may see. */
  findByIds(ids: readonly string[]): Promise<ProgramApplicationEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.dataSource.manager.findBy(ProgramApplicationEntity, { id: In([...ids]) });
  }

  /** The viewer's own applications to these programs. */
  ofApplicant(applicantId: string, programIds: readonly string[]): Promise<ProgramApplicationEntity[]> {
    if (programIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(ProgramApplicationEntity, { applicantId, programId: In([...programIds]) });
  }

  /** ACCEPTED applications of a program, in id order: the cohort matching works on. */
  accepted(programId: string, em: EntityManager = this.dataSource.manager): Promise<ProgramApplicationEntity[]> {
    return em.find(ProgramApplicationEntity, {
      where: { programId, status: ProgramApplicationStatus.ACCEPTED },
      order: { id: 'ASC' },
    });
  }

  private checkAnswers(program: ProgramEntity, answers: readonly string[]): string[] {
    if (answers.length !== program.questions.length) {
      throw invalid('answers', `answer each of the program's ${program.questions.length} questions, in order`);
    }
    return answers.map((answer, i) => {
      const text = answer.trim();
      if (!text) throw invalid(`answers.${i}`, 'answers must not be blank');
      if (text.length > PROGRAM_LIMITS.answer)
        throw invalid(`answers.${i}`, `each answer must be at most ${PROGRAM_LIMITS.answer} characters`);
      return text;
    });
  }

  private lock(em: EntityManager, applicationId: string): Promise<ProgramApplicationEntity | null> {
    return em.findOne(ProgramApplicationEntity, { where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
  }

  private async moveCount(em: EntityManager, programId: string, role: ProgramRole, delta: 1 | -1): Promise<void> {
    const column = countColumn(role);
    await em.query(`UPDATE mentorship_program SET ${column} = GREATEST(0, ${column} + $2) WHERE id = $1`, [programId, delta]);
  }

  private async dropProposedMatches(em: EntityManager, programId: string, userId: string): Promise<void> {
    await em
      .createQueryBuilder()
      .delete()
      .from(ProgramMatchEntity)
      .where('program_id = :programId AND published_at IS NULL AND (mentor_id = :userId OR mentee_id = :userId)', { programId, userId })
      .execute();
  }
}
