import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { TransactionRunner } from '@kindling/database';
import {
  communityContentVisibleSql,
  isModerator,
  MembershipsService,
  ModerationActionType,
  ModerationLogService,
} from '@kindling/communities';
import { JobQueue } from '@kindling/jobs';
import { PubSubService, Topics } from '@kindling/realtime';
import { notMutedSql, SocialGraphService } from '@kindling/social-graph';
import { ThreadsService, ThreadVisibility } from '@kindling/threads';
import { UsersService } from '@kindling/users';
import { extractHandles, extractTags, MAX_MENTIONS, normalizeTag } from './post-content';
import { PostKind } from './post.enums';
import { PostEntity } from './post.entity';
import { PostMentionEntity } from './post-mention.entity';
import { PostsErrorCode, PostsException } from './posts.exception';

export interface NewPost {
  threadId: string;
  body: string;
  kind?: PostKind;
  roadmapStepId?: string | null;
}

/** Which posts a list shows; every list also applies the visibility rule for its viewer. */
export interface PostScope {
  threadId?: string;
  communityId?: string;
  /** Posts outside private communities only. */
  publicOnly?: boolean;
  tag?: string;
  /** A feed: leaves out members the viewer muted. */
  feed?: boolean;
}

const notFound = () => new PostsException(PostsErrorCode.POST_NOT_FOUND, 'No such post', 'postId');

/**
 * Port to the roadmaps feature, which answers whether a member may cite a
 * roadmap step (it imports posts, so posts cannot import it). Provided by
 * roadmaps' global RoadmapStepEvidenceModule; without it every step is refused.
 */
export interface RoadmapStepEvidence {
  /** True when the step belongs to the version one of the member's live enrollments follows. */
  isStepOfEnrollment(userId: string, stepId: string): Promise<boolean>;
}

export const ROADMAP_STEP_EVIDENCE = Symbol('RoadmapStepEvidence');

@Injectable()
export class PostsService {
  constructor(
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly threads: ThreadsService,
    private readonly visibility: ThreadVisibility,
    private readonly users: UsersService,
    private readonly graph: SocialGraphService,
    private readonly memberships: MembershipsService,
    private readonly moderationLog: ModerationLogService,
    private readonly jobs: JobQueue,
    private readonly pubsub: PubSubService,
    @Optional() @Inject(ROADMAP_STEP_EVIDENCE) private readonly stepEvidence?: RoadmapStepEvidence,
  ) {}

  /** Post, tags and mentions in one transaction; fan-out, notifications and the live event after commit. */
  async create(viewerId: string, input: NewPost): Promise<PostEntity> {
    const thread = await this.threads.requireWritable(viewerId, input.threadId);
    if (thread.authorId !== viewerId)
      throw new PostsException(PostsErrorCode.NOT_THREAD_AUTHOR, 'Only the thread author posts in it', 'threadId');
    if (input.roadmapStepId && !(await this.stepEvidence?.isStepOfEnrollment(viewerId, input.roadmapStepId))) {
      throw new PostsException(PostsErrorCode.INVALID_ROADMAP_STEP, 'That is not a step of a roadmap you follow', 'roadmapStepId');
    }
    const mentionIds = await this.resolveMentions(viewerId, input.body);
    return this.tx.run(async (tx) => {
      const { em, afterCommit } = tx;
      const post = await em.save(
        em.create(PostEntity, {
          threadId: thread.id,
          authorId: viewerId,
          communityId: thread.communityId,
          kind: input.kind ?? PostKind.UPDATE,
          body: input.body,
          tags: extractTags(input.body),
          roadmapStepId: input.roadmapStepId ?? null,
        }),
      );
      if (mentionIds.length > 0)
        await em.insert(
          PostMentionEntity,
          mentionIds.map((userId) => ({ postId: post.id, userId })),
        );
      await this.threads.adjustPostCount(em, thread.id, 1);
      await this.jobs.enqueueAfterCommit(tx, 'feed.fanout', { postId: post.id }, { jobId: `fanout.${post.id}` });
      await this.jobs.enqueueAfterCommit(tx, 'notify.thread-post', { postId: post.id }, { jobId: `thread-post.${post.id}` });
      if (mentionIds.length > 0)
        await this.jobs.enqueueAfterCommit(tx, 'notify.mention', { postId: post.id }, { jobId: `mention.${post.id}` });
      afterCommit(() => this.pubsub.publish(Topics.threadPost(post.threadId), { postId: post.id }));
      return post;
    });
  }

  async edit(viewerId: string, postId: string, body: string): Promise<PostEntity> {
    const post = await this.requireWritable(viewerId, postId, 'id');
    if (post.authorId !== viewerId) throw new PostsException(PostsErrorCode.NOT_POST_AUTHOR, 'Only the author edits a post', 'id');
    const mentionIds = await this.resolveMentions(viewerId, body);
    await this.tx.run(async ({ em }) => {
      await em.update(PostEntity, { id: postId }, { body, tags: extractTags(body), editedAt: new Date() });
      await em.delete(PostMentionEntity, { postId });
      if (mentionIds.length > 0)
        await em.insert(
          PostMentionEntity,
          mentionIds.map((userId) => ({ postId, userId })),
        );
    });
    return this.posts.findOneByOrFail({ id: postId });
  }

  /** Soft delete by the author, or by a moderator of the thread's community (logged as REMOVE_POST). */
  async delete(viewerId: string, postId: string, reason?: string | null): Promise<void> {
    const post = await this.requireVisible(viewerId, postId);
    const asModerator = post.authorId !== viewerId;
    if (asModerator && !(post.communityId && isModerator(await this.memberships.standing(post.communityId, viewerId)))) {
      throw new PostsException(PostsErrorCode.NOT_POST_AUTHOR, 'Only the author or a moderator of its community deletes a post', 'id');
    }
    await this.tx.run(async (tx) => {
      const { em } = tx;
      await this.softDelete(em, post);
      if (asModerator) {
        await this.moderationLog.record(em, {
          communityId: post.communityId!,
          type: ModerationActionType.REMOVE_POST,
          moderatorId: viewerId,
          targetUserId: post.authorId,
          subjectId: post.id,
          reason,
        });
      }
      await this.jobs.enqueueAfterCommit(tx, 'feed.retract', { postId }, { jobId: `retract.${postId}` });
    });
  }

  /** For moderation paths that already hold a transaction (reports). Idempotent. The caller enqueues `feed.retract` in the same transaction. */
  async softDelete(em: EntityManager, post: PostEntity): Promise<void> {
    const [, changed]: [unknown, number] = await em.query(`UPDATE post SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL`, [
      post.id,
    ]);
    if (changed > 0) await this.threads.adjustPostCount(em, post.threadId, -1);
  }

  async findVisible(viewerId: string | null, postId: string): Promise<PostEntity | null> {
    const post = await this.posts.findOneBy({ id: postId });
    if (!post || post.deletedAt) return null;
    return (await this.visibility.canSee(viewerId, { authorId: post.authorId, communityId: post.communityId })) ? post : null;
  }

  /**
   * The post (with its author and thread) and which of `viewerIds` may see it (findVisible's rule), in two
   * statements however many they are: one live event checked for all its subscribers at once.
   */
  async findVisibleToMany(viewerIds: readonly string[], postId: string): Promise<{ post: PostEntity; viewerIds: string[] } | null> {
    const post = await this.posts
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.author', 'author')
      .innerJoinAndSelect('p.thread', 'thread')
      .where('p.id = :postId', { postId })
      .getOne();
    if (!post || post.deletedAt) return null;
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT v.id::text FROM unnest($1::bigint[]) AS v(id) WHERE ${this.visibility.sql('v.id', '$2::bigint', '$3::bigint')}`,
      [viewerIds, post.authorId, post.communityId],
    );
    return { post, viewerIds: rows.map((r) => r.id) };
  }

  async requireVisible(viewerId: string | null, postId: string): Promise<PostEntity> {
    const post = await this.findVisible(viewerId, postId);
    if (!post) throw notFound();
    return post;
  }

  /** The post when the viewer may see it (NOT_FOUND otherwise) and write under it: not banned from its community (FORBIDDEN). */
  async requireWritable(viewerId: string, postId: string, field = 'postId'): Promise<PostEntity> {
    const post = await this.requireVisible(viewerId, postId);
    await this.visibility.assertMayParticipate(viewerId, post, field);
    return post;
  }

  /** Raw rows by id (deleted ones included), for paths that check visibility themselves. */
  findByIds(ids: readonly string[]): Promise<PostEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.posts.findBy({ id: In([...ids]) });
  }

  /** Newest first, keyset on id; only what the viewer may see. */
  async list(viewerId: string | null, scope: PostScope, { first, after }: PageRequest<string>): Promise<Page<PostEntity>> {
    const builder = this.visibleQuery(viewerId, scope)
      .orderBy('p.id', 'DESC')
      .take(first + 1);
    if (after) builder.andWhere('p.id < :after', { after });
    return toPage(await builder.getMany(), first);
  }

  /** The visible posts among `ids`, newest first, in one query (the home feed's read path). */
  loadVisible(viewerId: string | null, ids: readonly string[], scope: PostScope = {}): Promise<PostEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.visibleQuery(viewerId, scope).andWhere('p.id IN (:...ids)', { ids }).orderBy('p.id', 'DESC').getMany();
  }

  /** Query builder of the visible, undeleted posts in a scope, for lists other features compose (feeds, search). */
  visibleQuery(viewerId: string | null, scope: PostScope): SelectQueryBuilder<PostEntity> {
    const viewer = viewerId === null ? null : ':viewerId';
    const builder = this.posts.createQueryBuilder('p').where('p.deleted_at IS NULL').setParameter('viewerId', viewerId);
    builder.andWhere(this.visibility.sql(viewer, 'p.author_id', 'p.community_id'));
    if (scope.threadId) builder.andWhere('p.thread_id = :threadId', { threadId: scope.threadId });
    if (scope.communityId) builder.andWhere('p.community_id = :communityId', { communityId: scope.communityId });
    if (scope.publicOnly) builder.andWhere(communityContentVisibleSql('p.community_id', null));
    if (scope.tag) builder.andWhere('p.tags @> ARRAY[:tag]::text[]', { tag: normalizeTag(scope.tag) });
    if (scope.feed && viewer) builder.andWhere(notMutedSql(viewer, 'p.author_id'));
    return builder;
  }

  /** The member ids a post mentions, per post. */
  async mentionIds(postIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource.getRepository(PostMentionEntity).findBy({ postId: In([...postIds]) });
    const byPost = new Map<string, string[]>();
    for (const row of rows) byPost.set(row.postId, [...(byPost.get(row.postId) ?? []), row.userId]);
    return byPost;
  }

  /** Calendar days (in each thread's given zone) that have a visible post, per thread: the streaks' input. */
  async postDays(threads: ReadonlyArray<{ threadId: string; timeZone: string }>): Promise<Map<string, string[]>> {
    if (threads.length === 0) return new Map();
    const rows: Array<{ thread_id: string; days: string[] }> = await this.dataSource.query(
      `SELECT p.thread_id::text, array_agg(DISTINCT to_char(p.created_at AT TIME ZONE z.zone, 'YYYY-MM-DD')) AS days
         FROM post p JOIN unnest($1::bigint[], $2::text[]) AS z(thread_id, zone) ON z.thread_id = p.thread_id
        WHERE p.deleted_at IS NULL
        GROUP BY p.thread_id`,
      [threads.map((t) => t.threadId), threads.map((t) => t.timeZone)],
    );
    return new Map(rows.map((r) => [r.thread_id, r.days]));
  }

  /** Called by comments in their transaction. */
  async adjustCommentCount(em: EntityManager, postId: string, delta: 1 | -1): Promise<void> {
    await em.query(`UPDATE post SET comment_count = comment_count + $2::int WHERE id = $1`, [postId, delta]);
  }

  /** @handles of existing members, minus the author and anyone with a block either way; at most 20. */
  async resolveMentions(authorId: string, body: string): Promise<string[]> {
    const handles = extractHandles(body);
    const order = new Map(handles.map((handle, index) => [handle, index]));
    const candidates = (await this.users.findByHandles(handles))
      .sort((a, b) => order.get(a.handle)! - order.get(b.handle)!)
      .map((u) => u.id)
      .filter((id) => id !== authorId);
    const blocked = await this.graph.blockedAmong(authorId, candidates);
    return candidates.filter((id) => !blocked.has(id)).slice(0, MAX_MENTIONS);
  }
}
