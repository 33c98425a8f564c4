import { MigrationInterface, QueryRunner } from 'typeorm';

export class Roadmaps1795394737638 implements MigrationInterface {
  name = 'Roadmaps1795394737638';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."roadmap_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')
        `);
    await queryRunner.query(`
            CREATE TABLE "roadmap" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "community_id" bigint NOT NULL,
                "author_id" bigint NOT NULL,
                "slug" character varying(40) NOT NULL,
                "title" character varying(140) NOT NULL,
                "description" character varying(4000),
                "status" "public"."roadmap_status" NOT NULL DEFAULT 'DRAFT',
                "version" integer NOT NULL DEFAULT '0',
                "draft_fingerprint" character varying(64) NOT NULL,
                "published_fingerprint" character varying(64),
                "enrollment_count" integer NOT NULL DEFAULT '0',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8652e486587a4e35070c86d2232" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_roadmap_community" ON "roadmap" ("community_id", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_roadmap_community_slug" ON "roadmap" ("community_id", "slug")
        `);
    // Hand-written (the entity marks it synchronize: false): roadmaps(query) and search match roadmapSearchVectorSql.
    await queryRunner.query(`
            CREATE INDEX "ix_roadmap_search" ON "roadmap" USING gin (
                (setweight(to_tsvector('simple', "title"), 'A') || setweight(to_tsvector('simple', coalesce("description", '')), 'B'))
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."enrollment_status" AS ENUM('ACTIVE', 'COMPLETED', 'DROPPED')
        `);
    await queryRunner.query(`
            CREATE TABLE "roadmap_enrollment" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "roadmap_id" bigint NOT NULL,
                "user_id" bigint NOT NULL,
                "version" integer NOT NULL,
                "status" "public"."enrollment_status" NOT NULL DEFAULT 'ACTIVE',
                "thread_id" bigint,
                "milestone_version" integer,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "dropped_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_617f690a10fece19546a856e0e9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_roadmap_enrollment_thread" ON "roadmap_enrollment" ("thread_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_roadmap_enrollment_user" ON "roadmap_enrollment" ("user_id", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_roadmap_enrollment_live" ON "roadmap_enrollment" ("roadmap_id", "user_id")
            WHERE "status" <> 'DROPPED'
        `);
    await queryRunner.query(`
            CREATE TABLE "roadmap_step" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "roadmap_id" bigint NOT NULL,
                "title" character varying(140) NOT NULL,
                "description" character varying(4000),
                "position" integer NOT NULL,
                "estimated_hours" integer,
                "resources" jsonb NOT NULL DEFAULT '[]',
                "prerequisite_ids" bigint array NOT NULL DEFAULT '{}',
                "removed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a4f2065e5a20c99f11ac2216c60" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_roadmap_step_roadmap" ON "roadmap_step" ("roadmap_id", "position")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."step_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'SKIPPED')
        `);
    await queryRunner.query(`
            CREATE TABLE "step_progress" (
                "enrollment_id" bigint NOT NULL,
                "step_id" bigint NOT NULL,
                "status" "public"."step_status" NOT NULL DEFAULT 'NOT_STARTED',
                "evidence_post_id" bigint,
                "verified_by_id" bigint,
                "verified_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_743c30adcab94cfb3357ce428d2" PRIMARY KEY ("enrollment_id", "step_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "roadmap_version_step" (
                "roadmap_id" bigint NOT NULL,
                "version" integer NOT NULL,
                "step_id" bigint NOT NULL,
                "title" character varying(140) NOT NULL,
                "description" character varying(4000),
                "position" integer NOT NULL,
                "estimated_hours" integer,
                "resources" jsonb NOT NULL DEFAULT '[]',
                "prerequisite_ids" bigint array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_45300b68ed9c0af10f211f0668d" PRIMARY KEY ("roadmap_id", "version", "step_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_roadmap_version_step_step" ON "roadmap_version_step" ("step_id", "version")
        `);
    await queryRunner.query(`
            CREATE TABLE "roadmap_version" (
                "roadmap_id" bigint NOT NULL,
                "version" integer NOT NULL,
                "published_by_id" bigint,
                "step_count" integer NOT NULL,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9802ba3c9df03d7d82575f7c2e3" PRIMARY KEY ("roadmap_id", "version")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap"
            ADD CONSTRAINT "FK_0b385fa7b59fb1c70df7d672d9f" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap"
            ADD CONSTRAINT "FK_09db4f4b46b06f6dd959066ab4c" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_enrollment"
            ADD CONSTRAINT "FK_344a0714b536999e87aee7bcc45" FOREIGN KEY ("roadmap_id") REFERENCES "roadmap"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_enrollment"
            ADD CONSTRAINT "FK_376ddb88024f8a47437f8816aa9" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_enrollment"
            ADD CONSTRAINT "FK_3965ff9e8f5c246b643cc8fdb18" FOREIGN KEY ("thread_id") REFERENCES "growth_thread"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_step"
            ADD CONSTRAINT "FK_c4974d8031deb98ec106639b627" FOREIGN KEY ("roadmap_id") REFERENCES "roadmap"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "step_progress"
            ADD CONSTRAINT "FK_62c3f855c10e19c70cbefbbbc62" FOREIGN KEY ("enrollment_id") REFERENCES "roadmap_enrollment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "step_progress"
            ADD CONSTRAINT "FK_21ff29b8e83a85cbeb84e3d6cbe" FOREIGN KEY ("step_id") REFERENCES "roadmap_step"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "step_progress"
            ADD CONSTRAINT "FK_e8b15a3825ff62d72792dd3c5a3" FOREIGN KEY ("verified_by_id") REFERENCES "user_account"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_version_step"
            ADD CONSTRAINT "FK_dd16ace6624470fe446e2e88f53" FOREIGN KEY ("roadmap_id") REFERENCES "roadmap"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_version_step"
            ADD CONSTRAINT "FK_779d2c30c289cfd6d91d88b03f9" FOREIGN KEY ("step_id") REFERENCES "roadmap_step"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_version"
            ADD CONSTRAINT "FK_47afb12bba87f8fc10665295df4" FOREIGN KEY ("roadmap_id") REFERENCES "roadmap"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_version"
            ADD CONSTRAINT "FK_0c6740fe3d56626ab5434fd8da1" FOREIGN KEY ("published_by_id") REFERENCES "user_account"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "roadmap_version" DROP CONSTRAINT "FK_0c6740fe3d56626ab5434fd8da1"
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_version" DROP CONSTRAINT "FK_47afb12bba87f8fc10665295df4"
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_version_step" DROP CONSTRAINT "FK_779d2c30c289cfd6d91d88b03f9"
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_version_step" DROP CONSTRAINT "FK_dd16ace6624470fe446e2e88f53"
        `);
    await queryRunner.query(`
            ALTER TABLE "step_progress" DROP CONSTRAINT "FK_e8b15a3825ff62d72792dd3c5a3"
        `);
    await queryRunner.query(`
            ALTER TABLE "step_progress" DROP CONSTRAINT "FK_21ff29b8e83a85cbeb84e3d6cbe"
        `);
    await queryRunner.query(`
            ALTER TABLE "step_progress" DROP CONSTRAINT "FK_62c3f855c10e19c70cbefbbbc62"
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_step" DROP CONSTRAINT "FK_c4974d8031deb98ec106639b627"
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_enrollment" DROP CONSTRAINT "FK_3965ff9e8f5c246b643cc8fdb18"
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_enrollment" DROP CONSTRAINT "FK_376ddb88024f8a47437f8816aa9"
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap_enrollment" DROP CONSTRAINT "FK_344a0714b536999e87aee7bcc45"
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap" DROP CONSTRAINT "FK_09db4f4b46b06f6dd959066ab4c"
        `);
    await queryRunner.query(`
            ALTER TABLE "roadmap" DROP CONSTRAINT "FK_0b385fa7b59fb1c70df7d672d9f"
        `);
    await queryRunner.query(`
            DROP TABLE "roadmap_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_roadmap_version_step_step"
        `);
    await queryRunner.query(`
            DROP TABLE "roadmap_version_step"
        `);
    await queryRunner.query(`
            DROP TABLE "step_progress"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."step_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_roadmap_step_roadmap"
        `);
    await queryRunner.query(`
            DROP TABLE "roadmap_step"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_roadmap_enrollment_live"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_roadmap_enrollment_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_roadmap_enrollment_thread"
        `);
    await queryRunner.query(`
            DROP TABLE "roadmap_enrollment"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."enrollment_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_roadmap_search"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_roadmap_community_slug"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_roadmap_community"
        `);
    await queryRunner.query(`
            DROP TABLE "roadmap"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."roadmap_status"
        `);
  }
}
