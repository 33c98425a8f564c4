import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { activeCommunityIdsSql, CommunitiesService } from '@kindling/communities';
import { TransactionRunner } from '@kindling/database';
import { MentorProfilesService } from '@kindling/mentorship';
import { UsersService } from '@kindling/users';
import { ProgramClock } from './program-clock';
import { CohortMentee, CohortMentor, pairKey, proposeCohort, scorePair } from './matching/cohort-scoring';
import { ProgramAccessService } from './program-access.service';
import { ProgramApplicationsService } from './program-applications.service';
import { ProgramApplicationEntity } from './program-application.entity';
import { ProgramRole, ProgramStatus } from './program.enums';
import { ProgramEntity } from './program.entity';
import { ProgramMatchEntity } from './program-match.entity';
import { ProgramsErrorCode, ProgramsException } from './programs.exception';

const fail = (code: ProgramsErrorCode, message: string, field: string) => new ProgramsException(code, message, field);

/** An application's goals as tags: split on commas, semicolons and new lines. */
export const goalTags = (goals: string | null): string[] =>
  (goals ?? '')
    .split(/[,;\n]/)
    .map((g) => g.trim())
    .filter(Boolean);

/**
 * Bulk matching of a program's accepted cohort, and the managers' hand
 * adjustments. The cohort is loaded in a fixed number of queries, whatever
 * its size, and scored in one pass.
 */
@Injectable()
export class ProgramMatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly access: ProgramAccessService,
    private readonly applications: ProgramApplicationsService,
    private readonly users: UsersService,
    private readonly profiles: MentorProfilesService,
    private readonly communities: CommunitiesService,
    private readonly clock: ProgramClock,
  ) {}

  /** While MATCHING: replaces the unpublished matches with the optimal assignment. */
  async propose(viewerId: string, programId: string): Promise<ProgramMatchEntity[]> {
    return this.tx.run(async ({ em }) => {
      const program = await this.lockMatching(em, viewerId, programId);
      const cohort = await this.applications.accepted(program.id, em);
      const { mentees, mentors, blocked, shared } = await this.loadCohort(em, cohort);
      const pairs = proposeCohort(mentees, mentors, blocked, shared, this.clock.now());
      await em.delete(ProgramMatchEntity, { programId: program.id });
      if (pairs.length > 0)
        await em.insert(
          ProgramMatchEntity,
          pairs.map((p) => ({ ...p, programId: program.id })),
        );
      return this.list(program.id, em);
    });
  }

  /** While MATCHING: pairs a mentee with a mentor by hand, replacing the mentee's match; capacity and blocks still hold. */
  async setMatch(viewerId: string, programId: string, menteeId: string, mentorId: string): Promise<ProgramMatchEntity> {
    return this.tx.run(async ({ em }) => {
      const program = await this.lockMatching(em, viewerId, programId);
      const cohort = await this.applications.accepted(program.id, em);
      const mentee = cohort.find((a) => a.applicantId === menteeId && a.role === ProgramRole.MENTEE);
      if (!mentee) throw fail(ProgramsErrorCode.NOT_A_PARTICIPANT, 'No accepted mentee of this program has that id', 'menteeId');
      const mentor = cohort.find((a) => a.applicantId === mentorId && a.role === ProgramRole.MENTOR);
      if (!mentor) throw fail(ProgramsErrorCode.NOT_A_PARTICIPANT, 'No accepted mentor of this program has that id', 'mentorId');
      const { mentees, mentors, blocked, shared } = await this.loadCohort(em, [mentee, mentor]);
      if (blocked.has(pairKey(menteeId, mentorId))) {
        throw fail(ProgramsErrorCode.BLOCKED, 'These members cannot be paired', 'mentorId');
      }
      const taken = await em
        .createQueryBuilder(ProgramMatchEntity, 'm')
        .where('m.program_id = :programId AND m.mentor_id = :mentorId AND m.mentee_id <> :menteeId', { programId, mentorId, menteeId })
        .getCount();
      if (taken >= (mentor.capacity ?? 0)) {
        throw fail(ProgramsErrorCode.MENTOR_AT_CAPACITY, 'This mentor has no seat left in the program', 'mentorId');
      }
      const { score, reasons } = scorePair(mentees[0], mentors[0], shared, this.clock.now());
      await em.query(
        `INSERT INTO program_match (program_id, mentor_id, mentee_id, score, reasons) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (program_id, mentee_id) DO UPDATE SET mentor_id = EXCLUDED.mentor_id, score = EXCLUDED.score, reasons = EXCLUDED.reasons`,
        [programId, mentorId, menteeId, score, reasons],
      );
      return em.findOneByOrFail(ProgramMatchEntity, { programId, menteeId });
    });
  }

  /** Raw rows for jobs and loaders; callers keep what the viewer may see. */
  findByIds(ids: readonly string[]): Promise<ProgramMatchEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.dataSource.manager.findBy(ProgramMatchEntity, { id: In([...ids]) });
  }

  /** The published match that opened a room, per room id. */
  byRoomIds(roomIds: readonly string[]): Promise<ProgramMatchEntity[]> {
    return roomIds.length === 0 ? Promise.resolve([]) : this.dataSource.manager.findBy(ProgramMatchEntity, { roomId: In([...roomIds]) });
  }

  /** Every match of a program, best score first. */
  list(programId: string, em: EntityManager = this.dataSource.manager): Promise<ProgramMatchEntity[]> {
    return em.find(ProgramMatchEntity, { where: { programId }, order: { score: 'DESC', id: 'ASC' } });
  }

  private async lockMatching(em: EntityManager, viewerId: string, programId: string): Promise<ProgramEntity> {
    const { program } = await this.access.requireManager(viewerId, programId, { em, lock: true, field: 'programId' });
    if (program.status !== ProgramStatus.MATCHING) {
      throw fail(ProgramsErrorCode.WRONG_STATUS, 'Matches are made while the program is MATCHING', 'programId');
    }
    return program;
  }

  /** Users, mentor profiles, shared communities and blocks of the whole cohort: five queries, whatever its size. */
  private async loadCohort(em: EntityManager, cohort: readonly ProgramApplicationEntity[]) {
    const ids = [...new Set(cohort.map((a) => a.applicantId))];
    const [users, profiles, memberships, blockRows] = await Promise.all([
      this.users.findByIds(ids),
      this.profiles.findByUserIds(cohort.filter((a) => a.role === ProgramRole.MENTOR).map((a) => a.applicantId)),
      em.query(
        `SELECT u.id::text AS id, ARRAY(${activeCommunityIdsSql('u.id')})::text[] AS communities FROM unnest($1::bigint[]) AS u(id)`,
        [ids],
      ) as Promise<Array<{ id: string; communities: string[] }>>,
      em.query(
        `SELECT blocker_id::text AS a, blocked_id::text AS b FROM user_block WHERE blocker_id = ANY($1::bigint[]) AND blocked_id = ANY($1::bigint[])`,
        [ids],
      ) as Promise<Array<{ a: string; b: string }>>,
    ]);
    const names = new Map(
      (await this.communities.findByIds([...new Set(memberships.flatMap((m) => m.communities))])).map((c) => [c.id, c.name]),
    );
    const userById = new Map(users.map((u) => [u.id, u]));
    const profileById = new Map(profiles.map((p) => [p.userId, p]));
    const communitiesOf = new Map(memberships.map((m) => [m.id, new Set(m.communities)]));
    const blocked = new Set(blockRows.map((r) => pairKey(r.a, r.b)));

    const shared = (menteeId: string, mentorId: string) => {
      const theirs = communitiesOf.get(mentorId) ?? new Set<string>();
      return [...(communitiesOf.get(menteeId) ?? [])].filter((c) => theirs.has(c) && names.has(c)).map((c) => names.get(c)!);
    };
    const mentees: CohortMentee[] = [];
    const mentors: CohortMentor[] = [];
    for (const application of cohort) {
      const user = userById.get(application.applicantId);
      if (!user) continue;
      if (application.role === ProgramRole.MENTEE) {
        mentees.push({
          userId: user.id,
          seeker: { interests: user.interests, requestGoals: goalTags(application.goals), timezone: user.timezone },
        });
        continue;
      }
      const profile = profileById.get(user.id);
      mentors.push({
        userId: user.id,
        candidate: {
          mentorId: user.id,
          expertise: profile?.expertise.length ? profile.expertise : user.skills,
          timezone: user.timezone,
          sharedCommunities: [],
          capacity: application.capacity ?? 0,
          activeMenteeCount: 0,
          ratingSum: profile?.ratingSum ?? 0,
          ratingCount: profile?.ratingCount ?? 0,
        },
      });
    }
    return { mentees, mentors, blocked, shared };
  }
}
