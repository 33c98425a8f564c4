import { MigrationInterface, QueryRunner } from 'typeorm';

/** Comments keep their #tags (GIN-indexed, searchable) and the members their @handles name (for MENTION). */
export class CommentMentionsAndTags1796323304457 implements MigrationInterface {
  name = 'CommentMentionsAndTags1796323304457';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "comment_mention" (
                "comment_id" bigint NOT NULL,
                "user_id" bigint NOT NULL,
                "notified_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_4bc849f1fafd0765cbe3ce51634" PRIMARY KEY ("comment_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_comment_mention_user" ON "comment_mention" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "comment"
            ADD "tags" text array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "comment_mention"
            ADD CONSTRAINT "FK_06c3b713cd058e0824657560d3d" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "comment_mention"
            ADD CONSTRAINT "FK_a1527af102c162dfa8bcdfe4d57" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Hand-written (the entity marks them synchronize: false), like ix_post_tags and ix_post_search.
    await queryRunner.query(`
            CREATE INDEX "ix_comment_tags" ON "comment" USING gin ("tags")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_comment_search" ON "comment" USING gin (to_tsvector('simple', "body"))
            WHERE deleted_at IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_comment_search"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_comment_tags"
        `);
    await queryRunner.query(`
            ALTER TABLE "comment_mention" DROP CONSTRAINT "FK_a1527af102c162dfa8bcdfe4d57"
        `);
    await queryRunner.query(`
            ALTER TABLE "comment_mention" DROP CONSTRAINT "FK_06c3b713cd058e0824657560d3d"
        `);
    await queryRunner.query(`
            ALTER TABLE "comment" DROP COLUMN "tags"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_comment_mention_user"
        `);
    await queryRunner.query(`
            DROP TABLE "comment_mention"
        `);
  }
}
