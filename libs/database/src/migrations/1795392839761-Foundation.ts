import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795392839761 implements MigrationInterface {
  name = 'Foundation1795392839761';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "user_account" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "handle" character varying(30) NOT NULL,
                "email" character varying(254) NOT NULL,
                "password_hash" text NOT NULL,
                "display_name" character varying(80) NOT NULL,
                "headline" character varying(160),
                "bio" character varying(2000),
                "skills" text array NOT NULL DEFAULT '{}',
                "interests" text array NOT NULL DEFAULT '{}',
                "timezone" character varying(64) NOT NULL DEFAULT 'UTC',
                "follower_count" integer NOT NULL DEFAULT '0',
                "following_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_user_account_handle" ON "user_account" ("handle")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_user_account_email" ON "user_account" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_token" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "user_id" bigint NOT NULL,
                "family_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_refresh_token_expires_at" ON "refresh_token" ("expires_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_refresh_token_family" ON "refresh_token" ("family_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "user_block" (
                "blocker_id" bigint NOT NULL,
                "blocked_id" bigint NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_352a3b5c9a9508c57d63334c087" PRIMARY KEY ("blocker_id", "blocked_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_user_block_blocked" ON "user_block" ("blocked_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "follow" (
                "follower_id" bigint NOT NULL,
                "followee_id" bigint NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1bb882e8e2c199cc756bb2b9124" PRIMARY KEY ("follower_id", "followee_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_follow_follower_created" ON "follow" ("follower_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_follow_followee_created" ON "follow" ("followee_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "user_mute" (
                "muter_id" bigint NOT NULL,
                "muted_id" bigint NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_869227223ed5f572d36474a0455" PRIMARY KEY ("muter_id", "muted_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_token"
            ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_block"
            ADD CONSTRAINT "FK_855f9a409b693d6e7cadfae8eba" FOREIGN KEY ("blocker_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_block"
            ADD CONSTRAINT "FK_ed1ed3923f3dc0bbeecf44585a4" FOREIGN KEY ("blocked_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "follow"
            ADD CONSTRAINT "FK_e65ef3268d3d5589f94b09c2373" FOREIGN KEY ("follower_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "follow"
            ADD CONSTRAINT "FK_2121f7632f61e55baa1f5a3fcc4" FOREIGN KEY ("followee_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_mute"
            ADD CONSTRAINT "FK_2348f600ec7b7e8e1f4d1a6d06f" FOREIGN KEY ("muter_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_mute"
            ADD CONSTRAINT "FK_5cbba3e41b10bf0618fd43cfae9" FOREIGN KEY ("muted_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "user_mute" DROP CONSTRAINT "FK_5cbba3e41b10bf0618fd43cfae9"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_mute" DROP CONSTRAINT "FK_2348f600ec7b7e8e1f4d1a6d06f"
        `);
    await queryRunner.query(`
            ALTER TABLE "follow" DROP CONSTRAINT "FK_2121f7632f61e55baa1f5a3fcc4"
        `);
    await queryRunner.query(`
            ALTER TABLE "follow" DROP CONSTRAINT "FK_e65ef3268d3d5589f94b09c2373"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_block" DROP CONSTRAINT "FK_ed1ed3923f3dc0bbeecf44585a4"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_block" DROP CONSTRAINT "FK_855f9a409b693d6e7cadfae8eba"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"
        `);
    await queryRunner.query(`
            DROP TABLE "user_mute"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_follow_followee_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_follow_follower_created"
        `);
    await queryRunner.query(`
            DROP TABLE "follow"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_user_block_blocked"
        `);
    await queryRunner.query(`
            DROP TABLE "user_block"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_token_family"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_token_expires_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_refresh_token_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_user_account_email"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_user_account_handle"
        `);
    await queryRunner.query(`
            DROP TABLE "user_account"
        `);
  }
}
