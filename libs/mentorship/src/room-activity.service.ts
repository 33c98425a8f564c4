import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RoomActivity {
  /** The latest of: the room opening, a message, a session booked or held, a goal change. */
  lastActivityAt: Date;
  sessionsHeld: number;
  goalsDone: number;
}

/** What other features may know of rooms' activity without their contents (program match health). One query per call. */
@Injectable()
export class RoomActivityService {
  constructor(private readonly dataSource: DataSource) {}

  async ofRooms(roomIds: readonly string[]): Promise<Map<string, RoomActivity>> {
    if (roomIds.length === 0) return new Map();
    const rows: Array<{ id: string; last_activity_at: Date; sessions_held: number; goals_done: number }> = await this.dataSource.query(
      `SELECT r.id::text AS id,
              GREATEST(r.created_at,
                       (SELECT max(m.created_at) FROM room_message m WHERE m.room_id = r.id),
                       (SELECT max(GREATEST(s.created_at, CASE WHEN s.status = 'COMPLETED' THEN s.scheduled_at END))
                          FROM mentorship_session s WHERE s.room_id = r.id),
                       (SELECT max(g.updated_at) FROM room_goal g WHERE g.room_id = r.id)) AS last_activity_at,
              (SELECT count(*) FROM mentorship_session s WHERE s.room_id = r.id AND s.status = 'COMPLETED')::int AS sessions_held,
              (SELECT count(*) FROM room_goal g WHERE g.room_id = r.id AND g.status = 'DONE')::int AS goals_done
         FROM mentorship_room r WHERE r.id = ANY($1::bigint[])`,
      [roomIds],
    );
    return new Map(rows.map((r) => [r.id, { lastActivityAt: r.last_activity_at, sessionsHeld: r.sessions_held, goalsDone: r.goals_done }]));
  }
}
