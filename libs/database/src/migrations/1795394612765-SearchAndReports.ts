import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchAndReports1795394612765 implements MigrationInterface {
  name = 'SearchAndReports1795394612765';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."user_role" AS ENUM('MEMBER', 'ADMIN')
        `);
    await queryRunner.query(`
            ALTER TABLE "user_account"
            ADD "role" "public"."user_role" NOT NULL DEFAULT 'MEMBER'
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."report_reason" AS ENUM('SPAM', 'HARASSMENT', 'OFF_TOPIC', 'INAPPROPRIATE', 'OTHER')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."report_status" AS ENUM('OPEN', 'ACTIONED', 'DISMISSED')
        `);
    await queryRunner.query(`
            CREATE TABLE "report" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "reporter_id" bigint NOT NULL,
                "post_id" bigint,
                "comment_id" bigint,
                "community_id" bigint,
                "reason" "public"."report_reason" NOT NULL,
                "details" character varying(1000),
                "status" "public"."report_status" NOT NULL DEFAULT 'OPEN',
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "resolved_by_id" bigint,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_report_one_subject" CHECK ((post_id IS NULL) <> (comment_id IS NULL)),
                CONSTRAINT "PK_99e4d0bea58cba73c57f935a546" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_report_community" ON "report" ("community_id", "status", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_report_open_comment" ON "report" ("reporter_id", "comment_id")
            WHERE status = 'OPEN'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_report_open_post" ON "report" ("reporter_id", "post_id")
            WHERE status = 'OPEN'
        `);
    await queryRunner.query(`
            ALTER TABLE "report"
            ADD CONSTRAINT "FK_d41df66b60944992386ed47cf2e" FOREIGN KEY ("reporter_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "report"
            ADD CONSTRAINT "FK_265b3dc7c7f692f016115d46a29" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "report"
            ADD CONSTRAINT "FK_8bb2bc4a3d9c55e031bc5d015c5" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "report"
            ADD CONSTRAINT "FK_ab89892c5504a11c59165b518f9" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "report"
            ADD CONSTRAINT "FK_60988cefd44f4b423084eefe07c" FOREIGN KEY ("resolved_by_id") REFERENCES "user_account"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    // Hand-written from here: full-text search. Expression indexes TypeORM cannot declare (the entities mark
    // them synchronize: false); each expression is exactly the one its *-search.sql.ts helper queries with.
    // array_to_string is only STABLE and index expressions must be IMMUTABLE; for text[] it is in fact immutable.
    await queryRunner.query(`
            CREATE FUNCTION "immutable_text_array_join"(text[]) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$ SELECT array_to_string($1, ' ') $$
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_user_account_search" ON "user_account" USING gin (
                (setweight(to_tsvector('simple', "handle" || ' ' || "display_name"), 'A')
                 || setweight(to_tsvector('simple', immutable_text_array_join("skills")), 'B'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_growth_thread_search" ON "growth_thread" USING gin (
                (setweight(to_tsvector('simple', "title"), 'A') || setweight(to_tsvector('simple', coalesce("goal", '')), 'B'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_post_search" ON "post" USING gin (to_tsvector('simple', "body"))
            WHERE deleted_at IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_post_search"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_growth_thread_search"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_user_account_search"
        `);
    await queryRunner.query(`
            DROP FUNCTION "immutable_text_array_join"(text[])
        `);
    await queryRunner.query(`
            ALTER TABLE "report" DROP CONSTRAINT "FK_60988cefd44f4b423084eefe07c"
        `);
    await queryRunner.query(`
            ALTER TABLE "report" DROP CONSTRAINT "FK_ab89892c5504a11c59165b518f9"
        `);
    await queryRunner.query(`
            ALTER TABLE "report" DROP CONSTRAINT "FK_8bb2bc4a3d9c55e031bc5d015c5"
        `);
    await queryRunner.query(`
            ALTER TABLE "report" DROP CONSTRAINT "FK_265b3dc7c7f692f016115d46a29"
        `);
    await queryRunner.query(`
            ALTER TABLE "report" DROP CONSTRAINT "FK_d41df66b60944992386ed47cf2e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_report_open_post"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_report_open_comment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_report_community"
        `);
    await queryRunner.query(`
            DROP TABLE "report"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."report_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."report_reason"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_account" DROP COLUMN "role"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."user_role"
        `);
  }
}
