import { MigrationInterface, QueryRunner } from 'typeorm';

export class Programs1796322719050 implements MigrationInterface {
  name = 'Programs1796322719050';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."program_status" AS ENUM(
                'DRAFT',
                'OPEN',
                'MATCHING',
                'ACTIVE',
                'COMPLETED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "mentorship_program" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "community_id" bigint NOT NULL,
                "created_by_id" bigint,
                "slug" character varying(60) NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" character varying(5000),
                "status" "public"."program_status" NOT NULL DEFAULT 'DRAFT',
                "starts_at" TIMESTAMP WITH TIME ZONE,
                "ends_at" TIMESTAMP WITH TIME ZONE,
                "questions" text array NOT NULL DEFAULT '{}',
                "plan_goals" text array NOT NULL DEFAULT '{}',
                "plan_cadence_days" integer,
                "quiet_after_days" integer NOT NULL DEFAULT '14',
                "mentor_count" integer NOT NULL DEFAULT '0',
                "mentee_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_05542c15a0802d01e62aaa4fcdb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_mentorship_program_community" ON "mentorship_program" ("community_id", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_mentorship_program_slug" ON "mentorship_program" ("community_id", "slug")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."program_role" AS ENUM('MENTOR', 'MENTEE')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."program_application_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')
        `);
    await queryRunner.query(`
            CREATE TABLE "program_application" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "program_id" bigint NOT NULL,
                "applicant_id" bigint NOT NULL,
                "role" "public"."program_role" NOT NULL,
                "status" "public"."program_application_status" NOT NULL DEFAULT 'PENDING',
                "goals" character varying(2000),
                "answers" text array NOT NULL DEFAULT '{}',
                "capacity" integer,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ce2115c4c86312213b10efc3111" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_program_application_applicant" ON "program_application" ("applicant_id", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_program_application_applicant" ON "program_application" ("program_id", "applicant_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "program_match" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "program_id" bigint NOT NULL,
                "mentor_id" bigint NOT NULL,
                "mentee_id" bigint NOT NULL,
                "score" double precision NOT NULL,
                "reasons" text array NOT NULL DEFAULT '{}',
                "room_id" bigint,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c6263db5d368ab0a2e7abc50841" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_program_match_room" ON "program_match" ("room_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_program_match_mentor" ON "program_match" ("program_id", "mentor_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_program_match_mentee" ON "program_match" ("program_id", "mentee_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "program_workbook_item" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "program_id" bigint NOT NULL,
                "week" integer NOT NULL,
                "position" integer NOT NULL,
                "title" character varying(200) NOT NULL,
                "instructions" character varying(5000) NOT NULL,
                CONSTRAINT "PK_fe5b91ec788ec61aa7b27b118cc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_program_workbook_item_program" ON "program_workbook_item" ("program_id", "week", "position")
        `);
    await queryRunner.query(`
            ALTER TABLE "notification"
            ADD "program_id" bigint
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_notification_unread_group"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."notification_type"
            ADD VALUE 'PROGRAM_APPLICATION_REVIEWED'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."notification_type"
            ADD VALUE 'PROGRAM_MATCHED'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."notification_type"
            ADD VALUE 'PROGRAM_MATCH_AT_RISK'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notification_unread_group" ON "notification" ("recipient_id", "type", "subject_key")
            WHERE read_at IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_program"
            ADD CONSTRAINT "FK_d4c372485dfbddd531d247a4e92" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_program"
            ADD CONSTRAINT "FK_6ed1fdf433d2722afc4d535eb34" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "program_application"
            ADD CONSTRAINT "FK_dd3cbf555b817ab4dc5712d47d0" FOREIGN KEY ("program_id") REFERENCES "mentorship_program"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "program_application"
            ADD CONSTRAINT "FK_f0147cd83521b82caefe713d55e" FOREIGN KEY ("applicant_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "program_match"
            ADD CONSTRAINT "FK_1089b70bf5aaee8ff8ba9e6e160" FOREIGN KEY ("program_id") REFERENCES "mentorship_program"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "program_match"
            ADD CONSTRAINT "FK_20e1ee1b314938cd066737fbac6" FOREIGN KEY ("mentor_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "program_match"
            ADD CONSTRAINT "FK_98f1cae0787f082e5673eb4c0e1" FOREIGN KEY ("mentee_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "program_workbook_item"
            ADD CONSTRAINT "FK_71a1d6e5348b4bf7dfce2fd252d" FOREIGN KEY ("program_id") REFERENCES "mentorship_program"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "program_workbook_item" DROP CONSTRAINT "FK_71a1d6e5348b4bf7dfce2fd252d"
        `);
    await queryRunner.query(`
            ALTER TABLE "program_match" DROP CONSTRAINT "FK_98f1cae0787f082e5673eb4c0e1"
        `);
    await queryRunner.query(`
            ALTER TABLE "program_match" DROP CONSTRAINT "FK_20e1ee1b314938cd066737fbac6"
        `);
    await queryRunner.query(`
            ALTER TABLE "program_match" DROP CONSTRAINT "FK_1089b70bf5aaee8ff8ba9e6e160"
        `);
    await queryRunner.query(`
            ALTER TABLE "program_application" DROP CONSTRAINT "FK_f0147cd83521b82caefe713d55e"
        `);
    await queryRunner.query(`
            ALTER TABLE "program_application" DROP CONSTRAINT "FK_dd3cbf555b817ab4dc5712d47d0"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_program" DROP CONSTRAINT "FK_6ed1fdf433d2722afc4d535eb34"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_program" DROP CONSTRAINT "FK_d4c372485dfbddd531d247a4e92"
        `);
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
                'JOB_MATCH'
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
            ALTER TABLE "notification" DROP COLUMN "program_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_program_workbook_item_program"
        `);
    await queryRunner.query(`
            DROP TABLE "program_workbook_item"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_program_match_mentee"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_program_match_mentor"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_program_match_room"
        `);
    await queryRunner.query(`
            DROP TABLE "program_match"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_program_application_applicant"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_program_application_applicant"
        `);
    await queryRunner.query(`
            DROP TABLE "program_application"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."program_application_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."program_role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_mentorship_program_slug"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_mentorship_program_community"
        `);
    await queryRunner.query(`
            DROP TABLE "mentorship_program"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."program_status"
        `);
  }
}
