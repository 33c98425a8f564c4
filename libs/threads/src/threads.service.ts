import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { TransactionRunner } from '@kindling/database';
import { CommunitiesService, isActive, MembershipsService } from '@kindling/communities';
import { ThreadStatus } from './thread-status';
import { ThreadSubscriptionEntity } from './thread-subscription.entity';
import { ThreadEntity } from './thread.entity';
import { ThreadVisibility } from './thread-visibility';
import { ThreadsErrorCode, ThreadsException } from './threads.exception';

export interface NewThread {
  title: string;
  goal?: string | null;
  communityId?: string | null;
}

export interface ThreadChanges {
  title?: string;
  goal?: string | null;
  status?: ThreadStatus;
}

const notFound = () => new ThreadsException(ThreadsErrorCode.THREAD_NOT_FOUND, 'No such thread', 'threadId');

@Injectable()
export class ThreadsService {
  constructor(
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly visibility: ThreadVisibility,
    private readonly communities: CommunitiesService,
    private readonly memberships: MembershipsService,
  ) {}

  async create(viewerId: string, input: NewThread): Promise<ThreadEntity> {
    if (input.communityId) {
      await this.communities.require(input.communityId);
      if (!isActive(await this.memberships.standing(input.communityId, viewerId))) {
        throw new ThreadsException(
          ThreadsErrorCode.NOT_A_COMMUNITY_MEMBER,
          'Only active members start threads in a community',
          'communityId',
        );
      }
    }
    return this.threads.save(
      this.threads.create({
        authorId: viewerId,
        communityId: input.communityId ?? null,
        title: input.title.trim(),
        goal: input.goal?.trim() || null,
      }),
    );
  }

  async update(viewerId: string, threadId: string, changes: ThreadChanges): Promise<ThreadEntity> {
    const thread = await this.requireWritable(viewerId, threadId, 'id');
    if (thread.authorId !== viewerId)
      throw new ThreadsException(ThreadsErrorCode.NOT_THREAD_AUTHOR, 'Only the author edits a thread', 'id');
    const patch: Partial<ThreadEntity> = {};
    if (changes.title !== undefined) patch.title = changes.title.trim();
    if (changes.goal !== undefined) patch.goal = changes.goal?.trim() || null;
    if (changes.status !== undefined) patch.status = changes.status;
    if (Object.keys(patch).length > 0) await this.threads.update({ id: threadId }, patch);
    return this.threads.findOneByOrFail({ id: threadId });
  }

  /** The thread when the viewer may see it; null otherwise (existence never leaks). */
  async findVisible(viewerId: string | null, threadId: string): Promise<ThreadEntity | null> {
    const thread = await this.threads.findOneBy({ id: threadId });
    return thread && (await this.visibility.canSee(viewerId, thread)) ? thread : null;
  }

  async requireVisible(viewerId: string | null, threadId: string): Promise<ThreadEntity> {
    const thread = await this.findVisible(viewerId, threadId);
    if (!thread) throw notFound();
    return thread;
  }

  /** The thread when the viewer may see it (NOT_FOUND otherwise) and write into it: not banned from its community (FORBIDDEN). */
  async requireWritable(viewerId: string, threadId: string, field = 'threadId'): Promise<ThreadEntity> {
    const thread = await this.requireVisible(viewerId, threadId);
    await this.visibility.assertMayParticipate(viewerId, thread, field);
    return thread;
  }

  /** The threads among `ids` the viewer may see, in one query. */
  findVisibleByIds(viewerId: string | null, ids: readonly string[]): Promise<ThreadEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.threads
      .createQueryBuilder('t')
      .where('t.id IN (:...ids)', { ids })
      .andWhere(this.visibility.sql(viewerId === null ? null : ':viewerId', 't.author_id', 't.community_id'), { viewerId })
      .getMany();
  }

  /** Raw rows by id, for loaders of objects whose visibility was already checked. */
  findByIds(ids: readonly string[]): Promise<ThreadEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.threads.findBy({ id: In([...ids]) });
  }

  /** Idempotent; the counter moves only when a row was inserted or deleted. */
  async subscribe(viewerId: string, threadId: string): Promise<ThreadEntity> {
    await this.requireWritable(viewerId, threadId);
    await this.tx.run(async ({ em }) => {
      const inserted: unknown[] = await em.query(
        `INSERT INTO thread_subscription (thread_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING thread_id`,
        [threadId, viewerId],
      );
      if (inserted.length > 0) await em.query(`UPDATE growth_thread SET subscriber_count = subscriber_count + 1 WHERE id = $1`, [threadId]);
    });
    return this.threads.findOneByOrFail({ id: threadId });
  }

  async unsubscribe(viewerId: string, threadId: string): Promise<ThreadEntity> {
    await this.requireVisible(viewerId, threadId);
    await this.tx.run(async ({ em }) => {
      const deleted = await em.delete(ThreadSubscriptionEntity, { threadId, userId: viewerId });
      if (deleted.affected) await em.query(`UPDATE growth_thread SET subscriber_count = subscriber_count - 1 WHERE id = $1`, [threadId]);
    });
    return this.threads.findOneByOrFail({ id: threadId });
  }

  async subscribedThreadIds(viewerId: string, threadIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource
      .getRepository(ThreadSubscriptionEntity)
      .find({ where: { userId: viewerId, threadId: In([...threadIds]) }, select: { threadId: true } });
    return new Set(rows.map((r) => r.threadId));
  }

  /** A page of subscriber ids after `afterUserId`, for fan-out. */
  async subscriberIds(threadId: string, afterUserId: string | null, limit: number): Promise<string[]> {
    // ORDER BY names the table's column: a bare `user_id` would sort by the text output column and break the keyset walk.
    const rows: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT s.user_id::text FROM thread_subscription s WHERE s.thread_id = $1 AND ($2::bigint IS NULL OR s.user_id > $2) ORDER BY s.user_id LIMIT $3`,
      [threadId, afterUserId, limit],
    );
    return rows.map((r) => r.user_id);
  }

  /** Newest first, visible to the viewer only. */
  async list(
    viewerId: string | null,
    filter: { authorId?: string; communityId?: string },
    { first, after }: PageRequest<string>,
  ): Promise<Page<ThreadEntity>> {
    const builder = this.threads
      .createQueryBuilder('t')
      .orderBy('t.id', 'DESC')
      .take(first + 1);
    if (filter.authorId) builder.andWhere('t.author_id = :authorId', { authorId: filter.authorId });
    if (filter.communityId) builder.andWhere('t.community_id = :communityId', { communityId: filter.communityId });
    if (after) builder.andWhere('t.id < :after', { after });
    builder.andWhere(this.visibility.sql(viewerId === null ? null : ':viewerId', 't.author_id', 't.community_id'), { viewerId });
    return toPage(await builder.getMany(), first);
  }

  /** Called by posts in their transaction. */
  async adjustPostCount(em: EntityManager, threadId: string, delta: 1 | -1): Promise<void> {
    await em.query(`UPDATE growth_thread SET post_count = post_count + $2::int, updated_at = now() WHERE id = $1`, [threadId, delta]);
  }
}
