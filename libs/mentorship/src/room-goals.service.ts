import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { TransactionRunner } from '@kindling/database';
import { GoalStatus } from './mentorship.enums';
import { MentorshipErrorCode, MentorshipException } from './mentorship.exception';
import { cleanText, MAX_ROOM_GOALS } from './mentorship-rules';
import { RoomAccess } from './room-access.service';
import { RoomGoalEntity } from './room-goal.entity';
import { goalCompletedAt } from './room-policy';

export interface NewRoomGoal {
  title: string;
  description?: string | null;
  dueAt?: Date | null;
}

export interface RoomGoalChanges {
  title?: string;
  description?: string | null;
  dueAt?: Date | null;
  status?: GoalStatus;
}

const goalNotFound = () => new MentorshipException(MentorshipErrorCode.GOAL_NOT_FOUND, 'No such goal', 'goalId');

/** The goals of a room; either participant adds and moves them while the room is not COMPLETED. */
@Injectable()
export class RoomGoalsService {
  constructor(
    @InjectRepository(RoomGoalEntity) private readonly goals: Repository<RoomGoalEntity>,
    private readonly tx: TransactionRunner,
    private readonly access: RoomAccess,
  ) {}

  async add(viewerId: string, roomId: string, input: NewRoomGoal): Promise<RoomGoalEntity> {
    return this.tx.run(async ({ em }) => {
      // The lock serialises adds, so the count cap holds.
      await this.access.require(viewerId, roomId, { em, lock: true, writable: true });
      if ((await em.countBy(RoomGoalEntity, { roomId })) >= MAX_ROOM_GOALS) {
        throw new MentorshipException(MentorshipErrorCode.TOO_MANY_GOALS, `A room holds at most ${MAX_ROOM_GOALS} goals`, 'roomId');
      }
      return em.save(
        em.create(RoomGoalEntity, {
          roomId,
          title: input.title.trim(),
          description: cleanText(input.description),
          dueAt: input.dueAt ?? null,
        }),
      );
    });
  }

  /** Status moves set `completedAt` on reaching DONE and clear it when leaving DONE. */
  async update(viewerId: string, goalId: string, changes: RoomGoalChanges): Promise<RoomGoalEntity> {
    return this.tx.run(async ({ em }) => {
      const goal = await em.findOne(RoomGoalEntity, { where: { id: goalId }, lock: { mode: 'pessimistic_write' } });
      if (!goal) throw goalNotFound();
      await this.access.require(viewerId, goal.roomId, { em, writable: true, field: 'goalId', missing: goalNotFound });
      const patch: Partial<RoomGoalEntity> = {};
      if (changes.title !== undefined) patch.title = changes.title.trim();
      if (changes.description !== undefined) patch.description = cleanText(changes.description);
      if (changes.dueAt !== undefined) patch.dueAt = changes.dueAt;
      if (changes.status !== undefined && changes.status !== goal.status) {
        patch.status = changes.status;
        patch.completedAt = goalCompletedAt(goal.status, changes.status, goal.completedAt, new Date());
      }
      if (Object.keys(patch).length > 0) await em.update(RoomGoalEntity, { id: goalId }, patch);
      return em.findOneByOrFail(RoomGoalEntity, { id: goalId });
    });
  }

  /** Each room's goals in the order they were added, for the loader behind `goals` and `progress`. */
  async forRooms(roomIds: readonly string[]): Promise<Map<string, RoomGoalEntity[]>> {
    const rows = roomIds.length === 0 ? [] : await this.goals.find({ where: { roomId: In([...roomIds]) }, order: { id: 'ASC' } });
    const byRoom = new Map<string, RoomGoalEntity[]>();
    for (const row of rows) byRoom.set(row.roomId, [...(byRoom.get(row.roomId) ?? []), row]);
    return byRoom;
  }
}
