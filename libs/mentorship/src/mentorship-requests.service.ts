import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, LessThan, Repository } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { isUniqueViolation, Transaction, TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { SocialGraphService } from '@kindling/social-graph';
import { MentorProfilesService } from './mentor-profiles.service';
import { MentorshipRequestStatus, MentorshipRole, OPEN_ROOM_STATUSES, RoomStatus } from './mentorship.enums';
import { MentorshipErrorCode, MentorshipException } from './mentorship.exception';
import { MentorshipRequestEntity } from './mentorship-request.entity';
import { MentorshipRoomEntity } from './mentorship-room.entity';
import { cleanGoals, cleanText } from './mentorship-rules';

export interface NewMentorshipRequest {
  mentorId: string;
  message: string;
  goals: string[];
}

const fail = (code: MentorshipErrorCode, message: string, field?: string) => new MentorshipException(code, message, field);
const notFound = (field = 'id') => fail(MentorshipErrorCode.REQUEST_NOT_FOUND, 'No such mentorship request', field);
const mentorNotFound = () => fail(MentorshipErrorCode.MENTOR_NOT_FOUND, 'No such mentor', 'mentorId');
const isParty = (r: MentorshipRequestEntity, userId: string) => r.menteeId === userId || r.mentorId === userId;

/** Asking for mentorship and answering; accepting opens the room in the same transaction. */
@Injectable()
export class MentorshipRequestsService {
  constructor(
    @InjectRepository(MentorshipRequestEntity) private readonly requests: Repository<MentorshipRequestEntity>,
    private readonly tx: TransactionRunner,
    private readonly profiles: MentorProfilesService,
    private readonly graph: SocialGraphService,
    private readonly jobs: JobQueue,
  ) {}

  async create(viewerId: string, input: NewMentorshipRequest): Promise<MentorshipRequestEntity> {
    if (input.mentorId === viewerId) throw fail(MentorshipErrorCode.SELF_MENTORSHIP, 'You cannot mentor yourself', 'mentorId');
    const goals = cleanGoals(input.goals);
    try {
      return await this.tx.run(async (tx) => {
        const { em } = tx;
        const profile = await this.profiles.findByUserId(input.mentorId, em);
        if (!profile || (await this.graph.isBlockedEitherWay(viewerId, input.mentorId, em))) throw mentorNotFound();
        if (await this.hasOpenRoom(em, input.mentorId, viewerId)) {
          throw fail(MentorshipErrorCode.ALREADY_MENTORED, 'This mentor already mentors you', 'mentorId');
        }
        if (!profile.acceptingMentees)
          throw fail(MentorshipErrorCode.NOT_ACCEPTING_MENTEES, 'This mentor is not accepting mentees', 'mentorId');
        if (profile.activeMenteeCount >= profile.capacity)
          throw fail(MentorshipErrorCode.MENTOR_AT_CAPACITY, 'This mentor is full', 'mentorId');
        const request = await em.save(
          em.create(MentorshipRequestEntity, { menteeId: viewerId, mentorId: input.mentorId, message: input.message.trim(), goals }),
        );
        await this.jobs.enqueueAfterCommit(
          tx,
          'notify.mentorship-requested',
          { requestId: request.id },
          { jobId: `mentorship-requested.${request.id}` },
        );
        return request;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_mentorship_request_pending')) {
        throw fail(MentorshipErrorCode.REQUEST_ALREADY_PENDING, 'You already have a pending request to this mentor', 'mentorId');
      }
      throw error;
    }
  }

  /**
   * The mentor only. Accepting re-checks capacity and opens the room in the
   * same transaction: of two acceptances racing for the last slot, one opens a
   * room and the other is MENTOR_AT_CAPACITY with nothing written.
   */
  async respond(viewerId: string, requestId: string, accept: boolean, note?: string | null): Promise<MentorshipRequestEntity> {
    try {
      return await this.tx.run(async (tx) => {
        const request = await this.lockPending(tx.em, viewerId, requestId, MentorshipRole.MENTOR);
        const patch: Partial<MentorshipRequestEntity> = { respondedAt: new Date(), responseNote: cleanText(note) };
        if (accept) patch.roomId = await this.openRoom(tx, request);
        patch.status = accept ? MentorshipRequestStatus.ACCEPTED : MentorshipRequestStatus.DECLINED;
        await tx.em.update(MentorshipRequestEntity, { id: request.id }, patch);
        const [job, key] = accept
          ? (['notify.mentorship-accepted', 'mentorship-accepted'] as const)
          : (['notify.mentorship-declined', 'mentorship-declined'] as const);
        await this.jobs.enqueueAfterCommit(tx, job, { requestId: request.id }, { jobId: `${key}.${request.id}` });
        return tx.em.findOneByOrFail(MentorshipRequestEntity, { id: request.id });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_mentorship_room_open_pair')) {
        throw fail(MentorshipErrorCode.ALREADY_MENTORED, 'You already mentor this member', 'id');
      }
      throw error;
    }
  }

  /** The mentee takes back a PENDING request. */
  async withdraw(viewerId: string, requestId: string): Promise<MentorshipRequestEntity> {
    return this.tx.run(async ({ em }) => {
      const request = await this.lockPending(em, viewerId, requestId, MentorshipRole.MENTEE);
      await em.update(MentorshipRequestEntity, { id: request.id }, { status: MentorshipRequestStatus.WITHDRAWN });
      return em.findOneByOrFail(MentorshipRequestEntity, { id: request.id });
    });
  }

  /** The viewer's requests in one role, newest first. */
  async list(
    viewerId: string,
    role: MentorshipRole,
    status: MentorshipRequestStatus | null | undefined,
    { first, after }: PageRequest<string>,
  ): Promise<Page<MentorshipRequestEntity>> {
    const rows = await this.requests.find({
      where: {
        ...(role === MentorshipRole.MENTOR ? { mentorId: viewerId } : { menteeId: viewerId }),
        ...(status && { status }),
        ...(after && { id: LessThan(after) }),
      },
      order: { id: 'DESC' },
      take: first + 1,
    });
    return toPage(rows, first);
  }

  /** Raw rows for loaders; callers keep the viewer's own. */
  findByIds(ids: readonly string[]): Promise<MentorshipRequestEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.requests.findBy({ id: In([...ids]) });
  }

  /** The request when the viewer is its mentee or mentor. */
  async findVisible(viewerId: string, requestId: string): Promise<MentorshipRequestEntity | null> {
    const request = await this.requests.findOneBy({ id: requestId });
    return request && isParty(request, viewerId) ? request : null;
  }

  /** Goals of the member's PENDING requests (mentor matching weighs them like interests). */
  async pendingGoals(menteeId: string): Promise<string[]> {
    const rows = await this.requests.find({ where: { menteeId, status: MentorshipRequestStatus.PENDING }, select: { goals: true } });
    return rows.flatMap((r) => r.goals);
  }

  private async lockPending(
    em: EntityManager,
    viewerId: string,
    requestId: string,
    role: MentorshipRole,
  ): Promise<MentorshipRequestEntity> {
    const request = await em.findOne(MentorshipRequestEntity, { where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
    if (!request || !isParty(request, viewerId)) throw notFound();
    if (role === MentorshipRole.MENTOR && request.mentorId !== viewerId) {
      throw fail(MentorshipErrorCode.NOT_THE_MENTOR, 'Only the mentor answers a request', 'id');
    }
    if (role === MentorshipRole.MENTEE && request.menteeId !== viewerId) {
      throw fail(MentorshipErrorCode.NOT_THE_MENTEE, 'Only the mentee withdraws a request', 'id');
    }
    if (request.status !== MentorshipRequestStatus.PENDING)
      throw fail(MentorshipErrorCode.REQUEST_NOT_PENDING, 'The request is no longer pending', 'id');
    return request;
  }

  private async openRoom({ em }: Transaction, request: MentorshipRequestEntity): Promise<string> {
    if (await this.graph.isBlockedEitherWay(request.menteeId, request.mentorId, em)) throw notFound();
    if (!(await this.profiles.takeSlot(em, request.mentorId))) {
      throw fail(MentorshipErrorCode.MENTOR_AT_CAPACITY, 'You have no open slot: raise your capacity or complete a room first', 'id');
    }
    const room = await em.save(
      em.create(MentorshipRoomEntity, {
        mentorId: request.mentorId,
        menteeId: request.menteeId,
        requestId: request.id,
        status: RoomStatus.ACTIVE,
      }),
    );
    return room.id;
  }

  private async hasOpenRoom(em: EntityManager, mentorId: string, menteeId: string): Promise<boolean> {
    return em.exists(MentorshipRoomEntity, { where: { mentorId, menteeId, status: In([...OPEN_ROOM_STATUSES]) } });
  }
}
