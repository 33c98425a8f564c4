import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, MoreThan, Repository } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { TransactionRunner } from '@kindling/database';
import { isModerator, MembershipsService, ModerationActionType, ModerationLogService } from '@kindling/communities';
import { JobQueue } from '@kindling/jobs';
import { extractTags, PostEntity, PostsService } from '@kindling/posts';
import { PubSubService, Topics } from '@kindling/realtime';
import { notBlockedSql } from '@kindling/social-graph';
import { CommentEntity } from './comment.entity';
import { CommentMentions } from './comment-mentions.service';
import { CommentsErrorCode, CommentsException } from './comments.exception';

export interface NewComment {
  postId: string;
  body: string;
  parentId?: string | null;
}

const notFound = () => new CommentsException(CommentsErrorCode.COMMENT_NOT_FOUND, 'No such comment', 'id');

@Injectable()
export class CommentsService {
  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    private readonly posts: PostsService,
    private readonly tx: TransactionRunner,
    private readonly memberships: MembershipsService,
    private readonly moderationLog: ModerationLogService,
    private readonly jobs: JobQueue,
    private readonly pubsub: PubSubService,
    private readonly mentions: CommentMentions,
  ) {}

  /**
   * On a post the viewer can see (blocks make it invisible) and may write under (not banned from its community); a
   * parent must be a live comment of the same post, with no block either way between the viewer and the author of
   * the parent or of any live comment above it.
   */
  async add(viewerId: string, input: NewComment): Promise<CommentEntity> {
    const post = await this.posts.requireWritable(viewerId, input.postId);
    const mentionIds = await this.posts.resolveMentions(viewerId, input.body);
    return this.tx.run(async (tx) => {
      const { em, afterCommit } = tx;
      if (input.parentId) {
        // FOR UPDATE, not FOR SHARE: reply_count is updated below, and two replies both holding a share lock
        // deadlock upgrading it. Lock order everywhere: comment rows (child before parent), then the post.
        const parent = await em.findOne(CommentEntity, { where: { id: input.parentId }, lock: { mode: 'pessimistic_write' } });
        if (!parent || parent.postId !== post.id || parent.deletedAt) {
          throw new CommentsException(CommentsErrorCode.PARENT_NOT_ON_POST, 'parentId must be a comment of the same post', 'parentId');
        }
        if (await this.blockedAbove(em, viewerId, parent.id)) {
          throw new CommentsException(CommentsErrorCode.BLOCKED, 'You cannot reply here while a block stands', 'parentId');
        }
      }
      const comment = await em.save(
        em.create(CommentEntity, {
          postId: post.id,
          parentId: input.parentId ?? null,
          authorId: viewerId,
          body: input.body,
          tags: extractTags(input.body),
        }),
      );
      if (await this.mentions.replace(em, comment.id, mentionIds)) {
        await this.jobs.enqueueAfterCommit(
          tx,
          'notify.comment-mention',
          { commentId: comment.id },
          { jobId: `comment-mention.${comment.id}` },
        );
      }
      await this.posts.adjustCommentCount(em, post.id, 1);
      if (comment.parentId) await this.adjustReplyCount(em, comment.parentId, 1);
      await this.jobs.enqueueAfterCommit(tx, 'notify.post-comment', { commentId: comment.id }, { jobId: `post-comment.${comment.id}` });
      if (comment.parentId) {
        await this.jobs.enqueueAfterCommit(tx, 'notify.comment-reply', { commentId: comment.id }, { jobId: `comment-reply.${comment.id}` });
      }
      afterCommit(() => this.pubsub.publish(Topics.postComment(comment.postId), { commentId: comment.id }));
      return comment;
    });
  }

  async edit(viewerId: string, commentId: string, body: string): Promise<CommentEntity> {
    const comment = await this.requireVisible(viewerId, commentId);
    if (comment.deletedAt) throw new CommentsException(CommentsErrorCode.COMMENT_DELETED, 'A deleted comment cannot be edited', 'id');
    if (comment.authorId !== viewerId)
      throw new CommentsException(CommentsErrorCode.NOT_COMMENT_AUTHOR, 'Only the author edits a comment', 'id');
    await this.posts.requireWritable(viewerId, comment.postId, 'id');
    const mentionIds = await this.posts.resolveMentions(viewerId, body);
    const editedAt = new Date();
    await this.tx.run(async (tx) => {
      await tx.em.update(CommentEntity, { id: commentId }, { body, tags: extractTags(body), editedAt });
      // Re-resolved: only members this edit names for the first time are told.
      if (await this.mentions.replace(tx.em, commentId, mentionIds)) {
        const jobId = `comment-mention.${commentId}.${editedAt.getTime()}`;
        await this.jobs.enqueueAfterCommit(tx, 'notify.comment-mention', { commentId }, { jobId });
      }
    });
    return this.comments.findOneByOrFail({ id: commentId });
  }

  /** Leaves a tombstone. The author, or a moderator of the post's community (logged as REMOVE_COMMENT). Idempotent. */
  async delete(viewerId: string, commentId: string): Promise<CommentEntity> {
    const comment = await this.requireVisible(viewerId, commentId);
    const post = await this.posts.requireVisible(viewerId, comment.postId);
    const asModerator = comment.authorId !== viewerId;
    if (asModerator && !(post.communityId && isModerator(await this.memberships.standing(post.communityId, viewerId)))) {
      throw new CommentsException(
        CommentsErrorCode.NOT_COMMENT_AUTHOR,
        'Only the author or a moderator of its community deletes a comment',
        'id',
      );
    }
    await this.tx.run(async ({ em }) => {
      const removed = await this.tombstone(em, comment, post);
      if (removed && asModerator) {
        await this.moderationLog.record(em, {
          communityId: post.communityId!,
          type: ModerationActionType.REMOVE_COMMENT,
          moderatorId: viewerId,
          targetUserId: comment.authorId,
          subjectId: comment.id,
        });
      }
    });
    return this.comments.findOneByOrFail({ id: commentId });
  }

  /** For moderation paths that hold a transaction (reports). Returns false when it was already deleted. */
  async tombstone(em: EntityManager, comment: CommentEntity, post: Pick<PostEntity, 'id'>): Promise<boolean> {
    const [, changed]: [unknown, number] = await em.query(
      `UPDATE comment SET deleted_at = now(), body = NULL WHERE id = $1 AND deleted_at IS NULL`,
      [comment.id],
    );
    if (changed === 0) return false;
    // The parent before the post: add() holds the parent when it moves the post's counter, so the other order deadlocks.
    if (comment.parentId) await this.adjustReplyCount(em, comment.parentId, -1);
    await this.posts.adjustCommentCount(em, post.id, -1);
    return true;
  }

  /** The comment (tombstones included) when the viewer can see its post. */
  async findVisible(viewerId: string | null, commentId: string): Promise<CommentEntity | null> {
    const comment = await this.comments.findOneBy({ id: commentId });
    return comment && (await this.posts.findVisible(viewerId, comment.postId)) ? comment : null;
  }

  /** The comment (tombstones included, with its author) and which of `viewerIds` can see its post, in three statements however many they are. */
  async findVisibleToMany(
    viewerIds: readonly string[],
    commentId: string,
  ): Promise<{ comment: CommentEntity; viewerIds: string[] } | null> {
    const comment = await this.comments
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.author', 'author')
      .where('c.id = :commentId', { commentId })
      .getOne();
    const post = comment && (await this.posts.findVisibleToMany(viewerIds, comment.postId));
    return comment && post ? { comment, viewerIds: post.viewerIds } : null;
  }

  async requireVisible(viewerId: string | null, commentId: string): Promise<CommentEntity> {
    const comment = await this.findVisible(viewerId, commentId);
    if (!comment) throw notFound();
    return comment;
  }

  findByIds(ids: readonly string[]): Promise<CommentEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.comments.findBy({ id: In([...ids]) });
  }

  /** Top-level comments (parentId null) or the replies of one comment, oldest first. The caller checked the post is visible. */
  async list(postId: string, parentId: string | null, { first, after }: PageRequest<string>): Promise<Page<CommentEntity>> {
    const rows = await this.comments.find({
      where: { postId, parentId: parentId ?? IsNull(), ...(after && { id: MoreThan(after) }) },
      order: { id: 'ASC' },
      take: first + 1,
    });
    return toPage(rows, first);
  }

  /** A live comment from `commentId` up to the top of its thread is by someone with a block either way with the viewer. */
  private async blockedAbove(em: EntityManager, viewerId: string, commentId: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `WITH RECURSIVE chain AS (
         SELECT id, parent_id, author_id, deleted_at FROM comment WHERE id = $1
         UNION ALL
         SELECT c.id, c.parent_id, c.author_id, c.deleted_at FROM comment c JOIN chain ON c.id = chain.parent_id
       )
       SELECT 1 FROM chain
        WHERE chain.deleted_at IS NULL AND chain.author_id <> $2 AND NOT ${notBlockedSql('$2::bigint', 'chain.author_id')}
        LIMIT 1`,
      [commentId, viewerId],
    );
    return rows.length > 0;
  }

  private async adjustReplyCount(em: EntityManager, commentId: string, delta: 1 | -1): Promise<void> {
    await em.query(`UPDATE comment SET reply_count = reply_count + $2::int WHERE id = $1`, [commentId, delta]);
  }
}
