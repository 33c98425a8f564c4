import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { fromMicrosSql, TimeKey, toMicrosSql, TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { ActionItemEntity } from './action-item.entity';
import { SessionStatus } from './mentorship.enums';
import { MentorshipErrorCode, MentorshipException } from './mentorship.exception';
import { MentorshipRoomEntity } from './mentorship-room.entity';
import { MentorshipSessionEntity } from './mentorship-session.entity';
import { assertSessionTiming, cleanText, MAX_ACTION_ITEMS } from './mentorship-rules';
import { RoomAccess } from './room-access.service';
import { isParticipant } from './room-policy';

export interface NewSession {
  scheduledAt: Date;
  durationMinutes: number;
  agenda?: string | null;
}

export interface SessionCompletion {
  notes?: string | null;
  /** Each item's assignee defaults to the mentee and must be one of the two participants. */
  actionItems?: Array<{ title: string; assigneeId?: string | null }> | null;
}

const fail = (code: MentorshipErrorCode, message: string, field: string) => new MentorshipException(code, message, field);
const sessionNotFound = () => fail(MentorshipErrorCode.SESSION_NOT_FOUND, 'No such session', 'sessionId');

/** Sessions of a room: scheduled by either participant, then completed (notes, action items) or cancelled. */
@Injectable()
export class MentorshipSessionsService {
  constructor(
    @InjectRepository(MentorshipSessionEntity) private readonly sessions: Repository<MentorshipSessionEntity>,
    private readonly tx: TransactionRunner,
    private readonly access: RoomAccess,
    private readonly jobs: JobQueue,
  ) {}

  /** In the future, 15 to 240 minutes; the other participant is notified (SESSION_SCHEDULED). */
  async schedule(viewerId: string, roomId: string, input: NewSession): Promise<MentorshipSessionEntity> {
    assertSessionTiming(input.scheduledAt, input.durationMinutes, new Date());
    return this.tx.run(async (tx) => {
      const { em } = tx;
      await this.access.require(viewerId, roomId, { em, writable: true });
      const session = await em.save(
        em.create(MentorshipSessionEntity, {
          roomId,
          scheduledById: viewerId,
          scheduledAt: input.scheduledAt,
          durationMinutes: input.durationMinutes,
          agenda: cleanText(input.agenda),
        }),
      );
      await this.jobs.enqueueAfterCommit(
        tx,
        'notify.session-scheduled',
        { sessionId: session.id },
        { jobId: `session-scheduled.${session.id}` },
      );
      return session;
    });
  }

  /** Once its start time has passed: notes and action items (each assigned to a participant). */
  async complete(viewerId: string, sessionId: string, input: SessionCompletion): Promise<MentorshipSessionEntity> {
    const items = input.actionItems ?? [];
    if (items.length > MAX_ACTION_ITEMS)
      throw fail(MentorshipErrorCode.INVALID_INPUT, `at most ${MAX_ACTION_ITEMS} action items`, 'actionItems');
    return this.tx.run(async ({ em }) => {
      const { session, room } = await this.lockScheduled(em, viewerId, sessionId);
      if (session.scheduledAt.getTime() > Date.now()) {
        throw fail(MentorshipErrorCode.SESSION_NOT_STARTED, 'A session can be completed only once it has started', 'sessionId');
      }
      const rows = items.map((item, i) => {
        const assigneeId = item.assigneeId ?? room.menteeId;
        if (!isParticipant(room, assigneeId)) {
          throw fail(
            MentorshipErrorCode.INVALID_INPUT,
            'The assignee must be the mentor or the mentee of the room',
            `actionItems.${i}.assigneeId`,
          );
        }
        return { sessionId, roomId: room.id, title: item.title.trim(), assigneeId };
      });
      await em.update(MentorshipSessionEntity, { id: session.id }, { status: SessionStatus.COMPLETED, notes: cleanText(input.notes) });
      if (rows.length > 0) await em.insert(ActionItemEntity, rows);
      return em.findOneByOrFail(MentorshipSessionEntity, { id: session.id });
    });
  }

  async cancel(viewerId: string, sessionId: string): Promise<MentorshipSessionEntity> {
    return this.tx.run(async ({ em }) => {
      const { session } = await this.lockScheduled(em, viewerId, sessionId);
      await em.update(MentorshipSessionEntity, { id: session.id }, { status: SessionStatus.CANCELLED });
      return em.findOneByOrFail(MentorshipSessionEntity, { id: session.id });
    });
  }

  /** A room's sessions, latest `scheduledAt` first. Callers have checked the viewer is a participant. */
  async list(roomId: string, { first, after }: PageRequest<TimeKey>): Promise<Page<MentorshipSessionEntity & { key: TimeKey }>> {
    const builder = this.sessions
      .createQueryBuilder('s')
      .addSelect(`${toMicrosSql('s.scheduled_at')}::text`, 'at')
      .where('s.room_id = :roomId', { roomId })
      .orderBy('s.scheduled_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(first + 1);
    if (after) builder.andWhere(`(s.scheduled_at, s.id) < (${fromMicrosSql(':at')}, :id::bigint)`, { at: after.at, id: after.id });
    const { entities, raw } = await builder.getRawAndEntities<{ at: string }>();
    return toPage(
      entities.map((s, i) => Object.assign(s, { key: { at: raw[i].at, id: s.id } })),
      first,
    );
  }

  /** The raw row (the notifier checks it is still SCHEDULED). */
  findById(sessionId: string): Promise<MentorshipSessionEntity | null> {
    return this.sessions.findOneBy({ id: sessionId });
  }

  /** The session for the room's participants, which must still be SCHEDULED; the row stays locked. */
  private async lockScheduled(
    em: EntityManager,
    viewerId: string,
    sessionId: string,
  ): Promise<{ session: MentorshipSessionEntity; room: MentorshipRoomEntity }> {
    const session = await em.findOne(MentorshipSessionEntity, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
    if (!session) throw sessionNotFound();
    const room = await this.access.require(viewerId, session.roomId, { em, writable: true, field: 'sessionId', missing: sessionNotFound });
    if (session.status !== SessionStatus.SCHEDULED) {
      throw fail(MentorshipErrorCode.SESSION_NOT_SCHEDULED, `The session is already ${session.status.toLowerCase()}`, 'sessionId');
    }
    return { session, room };
  }
}
