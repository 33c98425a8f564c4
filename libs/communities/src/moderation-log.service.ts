import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Repository } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { ModerationActionType } from './community.enums';
import { ModerationActionEntity } from './moderation-action.entity';

export interface ModerationEntry {
  communityId: string;
  type: ModerationActionType;
  moderatorId: string;
  targetUserId?: string | null;
  reason?: string | null;
  subjectId?: string | null;
}

@Injectable()
export class ModerationLogService {
  constructor(@InjectRepository(ModerationActionEntity) private readonly actions: Repository<ModerationActionEntity>) {}

  /** Call inside the transaction of the action itself, so the log and the action commit together. */
  async record(em: EntityManager, entry: ModerationEntry): Promise<void> {
    await em.insert(ModerationActionEntity, {
      communityId: entry.communityId,
      type: entry.type,
      moderatorId: entry.moderatorId,
      targetUserId: entry.targetUserId ?? null,
      reason: entry.reason ?? null,
      subjectId: entry.subjectId ?? null,
    });
  }

  /** Newest first. Callers check the viewer moderates the community. */
  async list(communityId: string, { first, after }: PageRequest<string>): Promise<Page<ModerationActionEntity>> {
    const rows = await this.actions.find({
      where: { communityId, ...(after && { id: LessThan(after) }) },
      order: { id: 'DESC' },
      take: first + 1,
    });
    return toPage(rows, first);
  }
}
