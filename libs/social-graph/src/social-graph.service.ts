import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { fromMicrosSql, TimeKey, toMicrosSql, Transaction, TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { UsersService } from '@kindling/users';
import { SocialGraphErrorCode, SocialGraphException } from './social-graph.exception';

export interface ViewerRelation {
  following: boolean;
  blocked: boolean;
  muted: boolean;
}

export interface RelatedMember {
  userId: string;
  /** Sort key of the edge, for the cursor. */
  key: TimeKey;
}

@Injectable()
export class SocialGraphService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly users: UsersService,
    private readonly jobs: JobQueue,
  ) {}

  /** Idempotent. Counters move only when a row was really inserted. */
  async follow(viewerId: string, targetId: string): Promise<void> {
    await this.assertTarget(viewerId, targetId);
    await this.tx.run(async (tx) => {
      const { em } = tx;
      await this.lockPair(em, viewerId, targetId);
      if (await this.isBlockedEitherWay(viewerId, targetId, em)) {
        throw new SocialGraphException(SocialGraphErrorCode.BLOCKED, 'You cannot follow this member while a block stands', 'userId');
      }
      const inserted: unknown[] = await em.query(
        `INSERT INTO follow (follower_id, followee_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING follower_id`,
        [viewerId, targetId],
      );
      if (inserted.length > 0) {
        await this.users.adjustFollowCounts(em, viewerId, targetId, 1);
        await this.jobs.enqueueAfterCommit(
          tx,
          'notify.new-follower',
          { followerId: viewerId, followeeId: targetId },
          { jobId: `follow.${viewerId}.${targetId}` },
        );
      }
    });
  }

  async unfollow(viewerId: string, targetId: string): Promise<void> {
    await this.assertTarget(viewerId, targetId);
    await this.tx.run(async (tx) => {
      await this.lockPair(tx.em, viewerId, targetId);
      await this.removeFollow(tx, viewerId, targetId);
    });
  }

  /** A block removes follows both ways and stops new ones while it stands. */
  async block(viewerId: string, targetId: string): Promise<void> {
    await this.assertTarget(viewerId, targetId);
    await this.tx.run(async (tx) => {
      const { em } = tx;
      await this.lockPair(em, viewerId, targetId);
      await em.query(`INSERT INTO user_block (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [viewerId, targetId]);
      await this.removeFollow(tx, viewerId, targetId);
      await this.removeFollow(tx, targetId, viewerId);
    });
  }

  async unblock(viewerId: string, targetId: string): Promise<void> {
    await this.assertTarget(viewerId, targetId);
    await this.dataSource.query(`DELETE FROM user_block WHERE blocker_id = $1 AND blocked_id = $2`, [viewerId, targetId]);
  }

  async mute(viewerId: string, targetId: string): Promise<void> {
    await this.assertTarget(viewerId, targetId);
    await this.dataSource.query(`INSERT INTO user_mute (muter_id, muted_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [viewerId, targetId]);
  }

  async unmute(viewerId: string, targetId: string): Promise<void> {
    await this.assertTarget(viewerId, targetId);
    await this.dataSource.query(`DELETE FROM user_mute WHERE muter_id = $1 AND muted_id = $2`, [viewerId, targetId]);
  }

  async isBlockedEitherWay(a: string, b: string, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM user_block WHERE (blocker_id = $1 AND blocked_id = $2) OR (blocker_id = $2 AND blocked_id = $1) LIMIT 1`,
      [a, b],
    );
    return rows.length > 0;
  }

  /** Which of `others` have a block with `userId`, in either direction. */
  async blockedAmong(userId: string, others: readonly string[]): Promise<Set<string>> {
    if (others.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT blocked_id::text AS id FROM user_block WHERE blocker_id = $1 AND blocked_id = ANY($2::bigint[])
       UNION SELECT blocker_id::text FROM user_block WHERE blocked_id = $1 AND blocker_id = ANY($2::bigint[])`,
      [userId, others],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Which of `others` have muted `userId`. */
  async mutersAmong(userId: string, others: readonly string[]): Promise<Set<string>> {
    if (others.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT muter_id::text AS id FROM user_mute WHERE muted_id = $1 AND muter_id = ANY($2::bigint[])`,
      [userId, others],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The viewer's relation to each target, in one query. */
  async relations(viewerId: string, targetIds: readonly string[]): Promise<Map<string, ViewerRelation>> {
    const rows: Array<{ id: string; following: boolean; blocked: boolean; muted: boolean }> = await this.dataSource.query(
      `SELECT t.id::text AS id,
              EXISTS (SELECT 1 FROM follow f WHERE f.follower_id = $1 AND f.followee_id = t.id) AS following,
              EXISTS (SELECT 1 FROM user_block b WHERE b.blocker_id = $1 AND b.blocked_id = t.id) AS blocked,
              EXISTS (SELECT 1 FROM user_mute m WHERE m.muter_id = $1 AND m.muted_id = t.id) AS muted
         FROM unnest($2::bigint[]) AS t(id)`,
      [viewerId, targetIds],
    );
    return new Map(rows.map((r) => [r.id, { following: r.following, blocked: r.blocked, muted: r.muted }]));
  }

  /** Who follows `userId`, most recent first. */
  followers(userId: string, page: PageRequest<TimeKey>): Promise<Page<RelatedMember>> {
    return this.edges('followee_id', 'follower_id', userId, page);
  }

  /** Whom `userId` follows, most recent first. */
  following(userId: string, page: PageRequest<TimeKey>): Promise<Page<RelatedMember>> {
    return this.edges('follower_id', 'followee_id', userId, page);
  }

  private async edges(
    ownColumn: 'follower_id' | 'followee_id',
    otherColumn: 'follower_id' | 'followee_id',
    userId: string,
    { first, after }: PageRequest<TimeKey>,
  ): Promise<Page<RelatedMember>> {
    const params: unknown[] = [userId, first + 1];
    let seek = '';
    if (after) {
      params.push(after.at, after.id);
      seek = `AND (f.created_at, f.${otherColumn}) < (${fromMicrosSql('$3')}, $4::bigint)`;
    }
    const rows: Array<{ user_id: string; at: string }> = await this.dataSource.query(
      `SELECT f.${otherColumn}::text AS user_id, ${toMicrosSql('f.created_at')}::text AS at
         FROM follow f
        WHERE f.${ownColumn} = $1 ${seek}
        ORDER BY f.created_at DESC, f.${otherColumn} DESC
        LIMIT $2`,
      params,
    );
    return toPage(
      rows.map((r) => ({ userId: r.user_id, key: { at: r.at, id: r.user_id } })),
      first,
    );
  }

  /** Also takes the follower out of the followee's NEW_FOLLOWER notifications, after commit. */
  private async removeFollow(tx: Transaction, followerId: string, followeeId: string): Promise<void> {
    const { em } = tx;
    const deleted: unknown[] = await em.query(`DELETE FROM follow WHERE follower_id = $1 AND followee_id = $2 RETURNING follower_id`, [
      followerId,
      followeeId,
    ]);
    // pg returns [rows, count] for DELETE ... RETURNING through TypeORM's query().
    const rows = Array.isArray(deleted[0]) ? (deleted[0] as unknown[]) : deleted;
    if (rows.length === 0) return;
    await this.users.adjustFollowCounts(em, followerId, followeeId, -1);
    // One id per ended follow (stored with the outbox row, so a relayed copy is still one job); the handler is idempotent.
    await this.jobs.enqueueAfterCommit(
      tx,
      'notify.follow-withdrawn',
      { followerId, followeeId },
      { jobId: `follow-withdrawn.${followerId}.${followeeId}.${randomUUID()}` },
    );
  }

  private async assertTarget(viewerId: string, targetId: string): Promise<void> {
    if (viewerId === targetId) {
      throw new SocialGraphException(SocialGraphErrorCode.SELF_RELATION, 'You cannot do that to yourself', 'userId');
    }
    if (!(await this.users.findById(targetId))) {
      throw new SocialGraphException(SocialGraphErrorCode.MEMBER_NOT_FOUND, 'No such member', 'userId');
    }
  }

  /** Serialises follow, unfollow and block of one pair of members, in either direction. */
  private async lockPair(em: EntityManager, a: string, b: string): Promise<void> {
    const [low, high] = BigInt(a) < BigInt(b) ? [a, b] : [b, a];
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`follow:${low}:${high}`]);
  }
}
