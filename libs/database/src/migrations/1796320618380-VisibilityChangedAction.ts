import { MigrationInterface, QueryRunner } from 'typeorm';

/** The moderation log records an owner's visibility change (VISIBILITY_CHANGED). */
export class VisibilityChangedAction1796320618380 implements MigrationInterface {
  name = 'VisibilityChangedAction1796320618380';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."moderation_action_type" ADD VALUE IF NOT EXISTS 'VISIBILITY_CHANGED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "moderation_action" WHERE "type" = 'VISIBILITY_CHANGED'`);
    await queryRunner.query(`ALTER TYPE "public"."moderation_action_type" RENAME TO "moderation_action_type_old"`);
    await queryRunner.query(`
            CREATE TYPE "public"."moderation_action_type" AS ENUM(
                'APPROVE_MEMBER',
                'REJECT_MEMBER',
                'BAN_MEMBER',
                'UNBAN_MEMBER',
                'SET_ROLE',
                'REMOVE_POST',
                'REMOVE_COMMENT',
                'DISMISS_REPORT',
                'PUBLISH_ROADMAP',
                'ARCHIVE_ROADMAP',
                'CLOSE_JOB'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_action"
            ALTER COLUMN "type" TYPE "public"."moderation_action_type" USING "type"::"text"::"public"."moderation_action_type"
        `);
    await queryRunner.query(`DROP TYPE "public"."moderation_action_type_old"`);
  }
}
