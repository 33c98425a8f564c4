import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { RoomAccess } from '@kindling/mentorship';
import { ProgramClock } from './program-clock';
import { ProgramMatchEntity } from './program-match.entity';
import { invalid } from './program-rules';
import { ProgramsErrorCode, ProgramsException } from './programs.exception';
import { WorkbookEntryEntity } from './workbook-entry.entity';
import { WorkbookItemEntity } from './workbook-item.entity';

export const WORKBOOK_RESPONSE_LIMIT = 10_000;

export interface WorkbookRow {
  item: WorkbookItemEntity;
  entry: WorkbookEntryEntity | null;
}

/**
 * The mentee's workbook in a program room: the program's items by week, with
 * the mentee's responses. Only the room's two participants reach it (the room
 * is theirs alone); managers get completion counts elsewhere, never responses.
 */
@Injectable()
export class WorkbookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rooms: RoomAccess,
    private readonly clock: ProgramClock,
  ) {}

  /** The room's mentee only; omitted fields stay, `done` sets or clears completedAt. */
  async update(viewerId: string, roomId: string, itemId: string, response?: string | null, done?: boolean | null): Promise<WorkbookRow> {
    if (response && response.length > WORKBOOK_RESPONSE_LIMIT) {
      throw invalid('response', `response must be at most ${WORKBOOK_RESPONSE_LIMIT} characters`);
    }
    const room = await this.rooms.require(viewerId, roomId, { writable: true, field: 'roomId' });
    const match = await this.dataSource.manager.findOneBy(ProgramMatchEntity, { roomId });
    if (!match) throw new ProgramsException(ProgramsErrorCode.ROOM_NOT_FOUND, 'No such program room', 'roomId');
    if (room.menteeId !== viewerId)
      throw new ProgramsException(ProgramsErrorCode.NOT_THE_MENTEE, 'Only the mentee fills in the workbook', 'roomId');
    const item = await this.dataSource.manager.findOneBy(WorkbookItemEntity, { id: itemId, programId: match.programId });
    if (!item) throw new ProgramsException(ProgramsErrorCode.WORKBOOK_ITEM_NOT_FOUND, 'No such workbook item in this program', 'itemId');
    const now = this.clock.now();
    const text = response === undefined ? undefined : response?.trim() || null;
    const completedAt = done === undefined || done === null ? undefined : done ? now : null;
    await this.dataSource.query(
      `INSERT INTO program_workbook_entry (room_id, item_id, response, completed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (room_id, item_id) DO UPDATE SET
         response = CASE WHEN $5 THEN EXCLUDED.response ELSE program_workbook_entry.response END,
         completed_at = CASE WHEN $6 THEN EXCLUDED.completed_at ELSE program_workbook_entry.completed_at END,
         updated_at = now()`,
      [roomId, itemId, text ?? null, completedAt ?? null, text !== undefined, completedAt !== undefined],
    );
    const entry = await this.dataSource.manager.findOneByOrFail(WorkbookEntryEntity, { roomId, itemId });
    return { item, entry };
  }

  /** Items and entries of rooms the viewer already reached, per room id; empty outside programs. */
  async ofRooms(roomIds: readonly string[]): Promise<Map<string, WorkbookRow[]>> {
    const result = new Map<string, WorkbookRow[]>(roomIds.map((id) => [id, []]));
    if (roomIds.length === 0) return result;
    const matches = await this.dataSource.manager.findBy(ProgramMatchEntity, { roomId: In([...roomIds]) });
    if (matches.length === 0) return result;
    const [items, entries] = await Promise.all([
      this.dataSource.manager.find(WorkbookItemEntity, {
        where: { programId: In(matches.map((m) => m.programId)) },
        order: { week: 'ASC', position: 'ASC' },
      }),
      this.dataSource.manager.findBy(WorkbookEntryEntity, { roomId: In([...roomIds]) }),
    ]);
    for (const match of matches) {
      const rows = items
        .filter((i) => i.programId === match.programId)
        .map((item) => ({ item, entry: entries.find((e) => e.roomId === match.roomId && e.itemId === item.id) ?? null }));
      result.set(match.roomId!, rows);
    }
    return result;
  }
}
