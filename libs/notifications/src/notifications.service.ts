import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { fromMicrosSql, TimeKey, toMicrosSql, TransactionRunner } from '@kindling/database';
import { PubSubService, Topics } from '@kindling/realtime';
import { SocialGraphService } from '@kindling/social-graph';
import { NotificationEntity } from './notification.entity';
import { NotificationSubject, NotificationType, subjectKey } from './notification-type';

export interface NotifyInput {
  recipientId: string;
  type: NotificationType;
  subject: NotificationSubject;
  actorId: string;
}

export const MAX_SHOWN_ACTORS = 5;

const SUBJECT_COLUMNS = {
  communityId: 'community_id',
  postId: 'post_id',
  commentId: 'comment_id',
  threadId: 'thread_id',
  roomId: 'room_id',
  roadmapId: 'roadmap_id',
  jobId: 'job_id',
  mentorshipRequestId: 'mentorship_request_id',
  programId: 'program_id',
} as const satisfies Record<keyof NotificationSubject, string>;

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly graph: SocialGraphService,
    private readonly pubsub: PubSubService,
  ) {}

  /**
   * Adds `actorId` to the recipient's unread notification for this type and
   * subject (creating it when there is none). Never for one's own action, nor
   * from members the recipient blocks or mutes, nor across a block. Safe to
   * repeat: an actor is counted once per notification.
   */
  async notify({ recipientId, type, subject, actorId }: NotifyInput): Promise<string | null> {
    if (recipientId === actorId) return null;
    const muted = (await this.graph.relations(recipientId, [actorId])).get(actorId)?.muted;
    if (muted || (await this.graph.isBlockedEitherWay(recipientId, actorId))) return null;

    const entries = Object.entries(subject).filter(([, v]) => v !== undefined) as Array<[keyof NotificationSubject, string]>;
    const columns = entries.map(([k]) => SUBJECT_COLUMNS[k]);
    const values = entries.map(([, v]) => v);
    return this.tx.run(async ({ em, afterCommit }) => {
      const placeholders = values.map((_, i) => `$${i + 4}`);
      const [group]: Array<{ id: string }> = await em.query(
        `INSERT INTO notification (recipient_id, type, subject_key${columns.map((c) => `, ${c}`).join('')})
         VALUES ($1, $2, $3${placeholders.map((p) => `, ${p}`).join('')})
         ON CONFLICT (recipient_id, type, subject_key) WHERE read_at IS NULL DO UPDATE SET updated_at = now()
         RETURNING id::text`,
        [recipientId, type, subjectKey(subject), ...values],
      );
      const [actor]: Array<{ inserted: boolean }> = await em.query(
        `INSERT INTO notification_actor (notification_id, actor_id) VALUES ($1, $2)
         ON CONFLICT (notification_id, actor_id) DO UPDATE SET acted_at = now()
         RETURNING (xmax = 0) AS inserted`,
        [group.id, actorId],
      );
      if (actor.inserted) await em.query(`UPDATE notification SET actor_count = actor_count + 1 WHERE id = $1`, [group.id]);
      afterCommit(() => this.announce(recipientId, group.id));
      return group.id;
    });
  }

  /**
   * `notify` for many recipients at once (set-based SQL, one transaction):
   * the same rules, for fan-outs such as THREAD_POST. Recipients are taken in
   * id order so concurrent calls lock rows in the same order.
   */
  async notifyMany({
    recipientIds,
    type,
    subject,
    actorId,
  }: Omit<NotifyInput, 'recipientId'> & { recipientIds: readonly string[] }): Promise<number> {
    const distinct = [...new Set(recipientIds)].filter((id) => id !== actorId);
    const [blocked, muters] = await Promise.all([this.graph.blockedAmong(actorId, distinct), this.graph.mutersAmong(actorId, distinct)]);
    const recipients = distinct.filter((id) => !blocked.has(id) && !muters.has(id)).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    if (recipients.length === 0) return 0;
    const entries = Object.entries(subject).filter(([, v]) => v !== undefined) as Array<[keyof NotificationSubject, string]>;
    const columns = entries.map(([k]) => `, ${SUBJECT_COLUMNS[k]}`).join('');
    const values = entries.map((_, i) => `, $${i + 4}`).join('');
    return this.tx.run(async ({ em, afterCommit }) => {
      const groups: Array<{ id: string; recipient_id: string }> = await em.query(
        `INSERT INTO notification (recipient_id, type, subject_key${columns})
         SELECT r, $2, $3${values} FROM unnest($1::bigint[]) AS r
         ON CONFLICT (recipient_id, type, subject_key) WHERE read_at IS NULL DO UPDATE SET updated_at = now()
         RETURNING id::text, recipient_id::text`,
        [recipients, type, subjectKey(subject), ...entries.map(([, v]) => v)],
      );
      const actors: Array<{ notification_id: string; inserted: boolean }> = await em.query(
        `INSERT INTO notification_actor (notification_id, actor_id) SELECT unnest($1::bigint[]), $2
         ON CONFLICT (notification_id, actor_id) DO UPDATE SET acted_at = now()
         RETURNING notification_id::text, (xmax = 0) AS inserted`,
        [groups.map((g) => g.id), actorId],
      );
      const counted = actors.filter((a) => a.inserted).map((a) => a.notification_id);
      if (counted.length > 0)
        await em.query(`UPDATE notification SET actor_count = actor_count + 1 WHERE id = ANY($1::bigint[])`, [counted]);
      afterCommit(() => Promise.all(groups.map((g) => this.announce(g.recipient_id, g.id))));
      return groups.length;
    });
  }

  /**
   * Takes `actorId` out of the recipient's notifications of `type` (read ones
   * too), for actions undone since (an unfollow, a block); a notification left
   * with no actor is deleted. Idempotent.
   */
  async withdrawActor(recipientId: string, type: NotificationType, actorId: string): Promise<void> {
    await this.tx.run(async ({ em, afterCommit }) => {
      // An UPDATE … RETURNING comes back from TypeORM's query() as [rows, count].
      const [changed]: [Array<{ id: string; actor_count: number; unread: boolean }>, number] = await em.query(
        `WITH removed AS (
           DELETE FROM notification_actor a USING notification n
            WHERE a.notification_id = n.id AND n.recipient_id = $1 AND n.type = $2 AND a.actor_id = $3
           RETURNING a.notification_id
         )
         UPDATE notification SET actor_count = actor_count - 1 WHERE id IN (SELECT notification_id FROM removed)
         RETURNING id::text, actor_count, read_at IS NULL AS unread`,
        [recipientId, type, actorId],
      );
      const empty = changed.filter((n) => n.actor_count <= 0);
      if (empty.length > 0) await em.query(`DELETE FROM notification WHERE id = ANY($1::bigint[])`, [empty.map((n) => n.id)]);
      if (empty.some((n) => n.unread)) {
        afterCommit(() => this.pubsub.publish(Topics.unreadNotificationCount(recipientId), { userId: recipientId }));
      }
    });
  }

  /** Which of `recipientIds` got a notification of `type` since `since` (rate limits such as one JOB_MATCH a day). */
  async notifiedSince(recipientIds: readonly string[], type: NotificationType, since: Date): Promise<Set<string>> {
    if (recipientIds.length === 0) return new Set();
    const rows: Array<{ recipient_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT recipient_id::text FROM notification WHERE recipient_id = ANY($1::bigint[]) AND type = $2 AND created_at >= $3`,
      [recipientIds, type, since],
    );
    return new Set(rows.map((r) => r.recipient_id));
  }

  findByIds(recipientId: string, ids: readonly string[]): Promise<NotificationEntity[]> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_id = :recipientId', { recipientId })
      .andWhereInIds([...ids])
      .getMany();
  }

  /** Most recently updated first. */
  async list(
    recipientId: string,
    unreadOnly: boolean,
    { first, after }: PageRequest<TimeKey>,
  ): Promise<Page<NotificationEntity & { key: TimeKey }>> {
    const builder = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .addSelect(`${toMicrosSql('n.updated_at')}::text`, 'at')
      .where('n.recipient_id = :recipientId', { recipientId })
      .orderBy('n.updated_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(first + 1);
    if (unreadOnly) builder.andWhere('n.read_at IS NULL');
    if (after) builder.andWhere(`(n.updated_at, n.id) < (${fromMicrosSql(':at')}, :id::bigint)`, { at: after.at, id: after.id });
    const { entities, raw } = await builder.getRawAndEntities<{ at: string }>();
    return toPage(
      entities.map((n, i) => Object.assign(n, { key: { at: raw[i].at, id: n.id } })),
      first,
    );
  }

  async unreadCount(recipientId: string): Promise<number> {
    const [row]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notification WHERE recipient_id = $1 AND read_at IS NULL`,
      [recipientId],
    );
    return row.count;
  }

  /** The most recent actors of each notification (at most 5 each), in one query. */
  async recentActors(notificationIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ notification_id: string; actor_id: string }> = await this.dataSource.query(
      `SELECT notification_id::text, actor_id::text FROM (
         SELECT notification_id, actor_id,
                row_number() OVER (PARTITION BY notification_id ORDER BY acted_at DESC, actor_id DESC) AS rank
           FROM notification_actor WHERE notification_id = ANY($1::bigint[])
       ) ranked WHERE rank <= ${MAX_SHOWN_ACTORS} ORDER BY notification_id, rank`,
      [notificationIds],
    );
    const byNotification = new Map<string, string[]>();
    for (const row of rows) byNotification.set(row.notification_id, [...(byNotification.get(row.notification_id) ?? []), row.actor_id]);
    return byNotification;
  }

  /** Marks the recipient's own unread notifications among `ids` read; returns how many changed. */
  async markRead(recipientId: string, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return this.markWhere(recipientId, 'AND id = ANY($2::bigint[])', [ids]);
  }

  markAllRead(recipientId: string): Promise<number> {
    return this.markWhere(recipientId, '', []);
  }

  private async markWhere(recipientId: string, condition: string, params: unknown[]): Promise<number> {
    const [, changed]: [unknown, number] = await this.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL ${condition}`,
      [recipientId, ...params],
    );
    if (changed > 0) await this.pubsub.publish(Topics.unreadNotificationCount(recipientId), { userId: recipientId });
    return changed;
  }

  private async announce(recipientId: string, notificationId: string): Promise<void> {
    await Promise.all([
      this.pubsub.publish(Topics.notification(recipientId), { notificationId }),
      this.pubsub.publish(Topics.unreadNotificationCount(recipientId), { userId: recipientId }),
    ]);
  }
}
