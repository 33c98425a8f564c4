import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgramCheckInReminders1796326099301 implements MigrationInterface {
  name = 'ProgramCheckInReminders1796326099301';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "program_match"
            ADD "check_in_reminded_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_notification_unread_group"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."notification_type"
            ADD VALUE 'PROGRAM_CHECK_IN_DUE'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notification_unread_group" ON "notification" ("recipient_id", "type", "subject_key")
            WHERE read_at IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."uq_notification_unread_group"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."notification_type_old" AS ENUM(
                'NEW_FOLLOWER',
                'POST_COMMENT',
                'COMMENT_REPLY',
                'POST_REACTION',
                'MENTION',
                'THREAD_POST',
                'MENTORSHIP_REQUEST',
                'MENTORSHIP_ACCEPTED',
                'MENTORSHIP_DECLINED',
                'ROOM_MESSAGE',
                'SESSION_SCHEDULED',
                'STEP_VERIFIED',
                'MEMBERSHIP_REQUEST',
                'MEMBERSHIP_APPROVED',
                'ROADMAP_PUBLISHED',
                'JOB_MATCH',
                'PROGRAM_APPLICATION_REVIEWED',
                'PROGRAM_MATCHED',
                'PROGRAM_MATCH_AT_RISK'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "notification"
            ALTER COLUMN "type" TYPE "public"."notification_type_old" USING "type"::"text"::"public"."notification_type_old"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."notification_type"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."notification_type_old"
            RENAME TO "notification_type"
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notification_unread_group" ON "notification" USING btree ("recipient_id", "type", "subject_key")
            WHERE (read_at IS NULL)
        `);
    await queryRunner.query(`
            ALTER TABLE "program_match" DROP COLUMN "check_in_reminded_at"
        `);
  }
}
