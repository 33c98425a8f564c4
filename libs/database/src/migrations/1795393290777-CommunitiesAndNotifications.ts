import { MigrationInterface, QueryRunner } from 'typeorm';

export class CommunitiesAndNotifications1795393290777 implements MigrationInterface {
  name = 'CommunitiesAndNotifications1795393290777';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."community_visibility" AS ENUM('PUBLIC', 'PRIVATE')
        `);
    await queryRunner.query(`
            CREATE TABLE "community" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "slug" character varying(40) NOT NULL,
                "name" character varying(80) NOT NULL,
                "description" character varying(2000),
                "visibility" "public"."community_visibility" NOT NULL,
                "member_count" integer NOT NULL DEFAULT '0',
                "created_by_id" bigint,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cae794115a383328e8923de4193" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_community_slug" ON "community" ("slug")
        `);
    // Hand-written: an expression index TypeORM cannot declare (the entity marks it synchronize: false).
    await queryRunner.query(`
            CREATE INDEX "ix_community_search" ON "community"
            USING gin (to_tsvector('simple', "name" || ' ' || coalesce("description", '')))
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."community_role" AS ENUM('OWNER', 'MODERATOR', 'MEMBER')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."membership_status" AS ENUM('ACTIVE', 'PENDING', 'BANNED')
        `);
    await queryRunner.query(`
            CREATE TABLE "membership" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "community_id" bigint NOT NULL,
                "user_id" bigint NOT NULL,
                "role" "public"."community_role" NOT NULL DEFAULT 'MEMBER',
                "status" "public"."membership_status" NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_membership_user" ON "membership" ("user_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_membership_community_status" ON "membership" ("community_id", "status", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_membership_community_user" ON "membership" ("community_id", "user_id")
        `);
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
            CREATE TABLE "moderation_action" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "community_id" bigint NOT NULL,
                "type" "public"."moderation_action_type" NOT NULL,
                "moderator_id" bigint NOT NULL,
                "target_user_id" bigint,
                "reason" character varying(500),
                "subject_id" bigint,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_152a7fb29b5a2bfc5fa43a96806" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_moderation_action_community" ON "moderation_action" ("community_id", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."notification_type" AS ENUM(
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
            CREATE TABLE "notification" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "recipient_id" bigint NOT NULL,
                "type" "public"."notification_type" NOT NULL,
                "subject_key" character varying(200) NOT NULL,
                "community_id" bigint,
                "post_id" bigint,
                "comment_id" bigint,
                "thread_id" bigint,
                "room_id" bigint,
                "roadmap_id" bigint,
                "job_id" bigint,
                "mentorship_request_id" bigint,
                "actor_count" integer NOT NULL DEFAULT '0',
                "read_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notification_recipient_updated" ON "notification" ("recipient_id", "updated_at", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notification_unread_group" ON "notification" ("recipient_id", "type", "subject_key")
            WHERE read_at IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_actor" (
                "notification_id" bigint NOT NULL,
                "actor_id" bigint NOT NULL,
                "acted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_927dbe4b31f4779ba569d073711" PRIMARY KEY ("notification_id", "actor_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notification_actor_recent" ON "notification_actor" ("notification_id", "acted_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "community"
            ADD CONSTRAINT "FK_75308ad8e693ebe7ce2b613659d" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "FK_6d897edea62d1017d0e0901368a" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_action"
            ADD CONSTRAINT "FK_d892741b84a88639b0da7f99462" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_action"
            ADD CONSTRAINT "FK_b929c839f755b525b9d6583e3af" FOREIGN KEY ("moderator_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_action"
            ADD CONSTRAINT "FK_e09a3068cafb35bec634479aabb" FOREIGN KEY ("target_user_id") REFERENCES "user_account"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_actor"
            ADD CONSTRAINT "FK_16efd8f259eb872087184ff768f" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_actor"
            ADD CONSTRAINT "FK_26cd16713b718bdbdb7273aac02" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "notification_actor" DROP CONSTRAINT "FK_26cd16713b718bdbdb7273aac02"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_actor" DROP CONSTRAINT "FK_16efd8f259eb872087184ff768f"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_action" DROP CONSTRAINT "FK_e09a3068cafb35bec634479aabb"
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_action" DROP CONSTRAINT "FK_b929c839f755b525b9d6583e3af"
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_action" DROP CONSTRAINT "FK_d892741b84a88639b0da7f99462"
        `);
    await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"
        `);
    await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "FK_6d897edea62d1017d0e0901368a"
        `);
    await queryRunner.query(`
            ALTER TABLE "community" DROP CONSTRAINT "FK_75308ad8e693ebe7ce2b613659d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notification_actor_recent"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_actor"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_notification_unread_group"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notification_recipient_updated"
        `);
    await queryRunner.query(`
            DROP TABLE "notification"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."notification_type"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_moderation_action_community"
        `);
    await queryRunner.query(`
            DROP TABLE "moderation_action"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."moderation_action_type"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_membership_community_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_membership_community_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_membership_user"
        `);
    await queryRunner.query(`
            DROP TABLE "membership"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."membership_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."community_role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_community_search"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_community_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "community"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."community_visibility"
        `);
  }
}
