import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The members a comment names. Rows follow the body (an edit drops the members
 * it no longer names and adds the new ones); `notified_at` remembers who was
 * told, so re-resolving on an edit tells only the newly named.
 */
@Injectable()
export class CommentMentions {
  constructor(private readonly dataSource: DataSource) {}

  /** Makes the comment's mentions exactly `userIds`, in the caller's transaction; true when someone is still to be told. */
  async replace(em: EntityManager, commentId: string, userIds: readonly string[]): Promise<boolean> {
    await em.query(`DELETE FROM comment_mention WHERE comment_id = $1 AND NOT (user_id = ANY($2::bigint[]))`, [commentId, userIds]);
    if (userIds.length === 0) return false;
    await em.query(
      `INSERT INTO comment_mention (comment_id, user_id) SELECT $1, unnest($2::bigint[]) ON CONFLICT (comment_id, user_id) DO NOTHING`,
      [commentId, userIds],
    );
    const [{ pending }]: Array<{ pending: boolean }> = await em.query(
      `SELECT EXISTS (SELECT 1 FROM comment_mention WHERE comment_id = $1 AND notified_at IS NULL) AS pending`,
      [commentId],
    );
    return pending;
  }

  /** Members named by the comment and not told yet. */
  async pending(commentId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT user_id::text FROM comment_mention WHERE comment_id = $1 AND notified_at IS NULL ORDER BY user_id`,
      [commentId],
    );
    return rows.map((r) => r.user_id);
  }

  async markNotified(commentId: string, userIds: readonly string[]): Promise<void> {
    await this.dataSource.query(`UPDATE comment_mention SET notified_at = now() WHERE comment_id = $1 AND user_id = ANY($2::bigint[])`, [
      commentId,
      userIds,
    ]);
  }
}
