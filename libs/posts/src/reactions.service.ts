import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { REACTION_COUNT_COLUMN, ReactionType } from './post.enums';
import { PostEntity } from './post.entity';
import { PostsService } from './posts.service';

/**
 * Reactions are idempotent: the (post, member, type) key decides whether a
 * call changed anything, and only then does the post's counter move, in the
 * same transaction. Visibility covers blocks: a post the viewer cannot see
 * (blocked either way) is NOT_FOUND; a member banned from its community may
 * not react (FORBIDDEN) but may take a reaction back.
 */
@Injectable()
export class ReactionsService {
  constructor(
    private readonly posts: PostsService,
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly jobs: JobQueue,
  ) {}

  async react(viewerId: string, postId: string, type: ReactionType): Promise<PostEntity> {
    await this.posts.requireWritable(viewerId, postId);
    const column = REACTION_COUNT_COLUMN[type];
    await this.tx.run(async (tx) => {
      const { em } = tx;
      const inserted: unknown[] = await em.query(
        `INSERT INTO reaction (post_id, user_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING post_id`,
        [postId, viewerId, type],
      );
      if (inserted.length === 0) return;
      await em.query(`UPDATE post SET ${column} = ${column} + 1 WHERE id = $1`, [postId]);
      await this.jobs.enqueueAfterCommit(
        tx,
        'notify.post-reaction',
        { postId, reactorId: viewerId },
        { jobId: `reaction.${postId}.${viewerId}.${type}` },
      );
    });
    return this.posts.requireVisible(viewerId, postId);
  }

  async unreact(viewerId: string, postId: string, type: ReactionType): Promise<PostEntity> {
    await this.posts.requireVisible(viewerId, postId);
    const column = REACTION_COUNT_COLUMN[type];
    await this.tx.run(async ({ em }) => {
      const [deleted]: [unknown[], number] = await em.query(
        `DELETE FROM reaction WHERE post_id = $1 AND user_id = $2 AND type = $3 RETURNING post_id`,
        [postId, viewerId, type],
      );
      if (deleted.length > 0) await em.query(`UPDATE post SET ${column} = ${column} - 1 WHERE id = $1`, [postId]);
    });
    return this.posts.requireVisible(viewerId, postId);
  }

  /** The viewer's reaction types per post, in one query. */
  async viewerReactions(viewerId: string, postIds: readonly string[]): Promise<Map<string, ReactionType[]>> {
    const rows: Array<{ post_id: string; type: ReactionType }> = await this.dataSource.query(
      `SELECT post_id::text, type FROM reaction WHERE user_id = $1 AND post_id = ANY($2::bigint[]) ORDER BY type`,
      [viewerId, postIds],
    );
    const byPost = new Map<string, ReactionType[]>();
    for (const row of rows) byPost.set(row.post_id, [...(byPost.get(row.post_id) ?? []), row.type]);
    return byPost;
  }
}
