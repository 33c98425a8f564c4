import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { TransactionRunner } from '@kindling/database';
import { ActionItemEntity } from './action-item.entity';
import { MentorshipErrorCode, MentorshipException } from './mentorship.exception';
import { RoomAccess } from './room-access.service';
import { canTickActionItem } from './room-policy';

const itemNotFound = () => new MentorshipException(MentorshipErrorCode.ACTION_ITEM_NOT_FOUND, 'No such action item', 'actionItemId');

@Injectable()
export class ActionItemsService {
  constructor(
    @InjectRepository(ActionItemEntity) private readonly items: Repository<ActionItemEntity>,
    private readonly tx: TransactionRunner,
    private readonly access: RoomAccess,
  ) {}

  /** Its assignee or the room's mentor ticks an item (or unticks it). */
  async setDone(viewerId: string, itemId: string, done: boolean): Promise<ActionItemEntity> {
    return this.tx.run(async ({ em }) => {
      const item = await em.findOne(ActionItemEntity, { where: { id: itemId }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw itemNotFound();
      const room = await this.access.require(viewerId, item.roomId, { em, writable: true, field: 'actionItemId', missing: itemNotFound });
      if (!canTickActionItem(room, item.assigneeId, viewerId)) {
        throw new MentorshipException(
          MentorshipErrorCode.NOT_ASSIGNEE_OR_MENTOR,
          'Only the assignee or the mentor ticks this item',
          'actionItemId',
        );
      }
      if (item.done !== done) await em.update(ActionItemEntity, { id: itemId }, { done, doneAt: done ? new Date() : null });
      return em.findOneByOrFail(ActionItemEntity, { id: itemId });
    });
  }

  /** Each session's items in creation order, for the loader behind `actionItems`. */
  async forSessions(sessionIds: readonly string[]): Promise<Map<string, ActionItemEntity[]>> {
    const rows = sessionIds.length === 0 ? [] : await this.items.find({ where: { sessionId: In([...sessionIds]) }, order: { id: 'ASC' } });
    const bySession = new Map<string, ActionItemEntity[]>();
    for (const row of rows) bySession.set(row.sessionId, [...(bySession.get(row.sessionId) ?? []), row]);
    return bySession;
  }
}
