import { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedTimelines1795394233570 implements MigrationInterface {
  name = 'FeedTimelines1795394233570';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "user_account"
            ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_follow_followee_follower" ON "follow" ("followee_id", "follower_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_follow_followee_follower"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_account" DROP COLUMN "last_seen_at"
        `);
  }
}
