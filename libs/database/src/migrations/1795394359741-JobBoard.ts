import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobBoard1795394359741 implements MigrationInterface {
  name = 'JobBoard1795394359741';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."employment_type" AS ENUM(
                'FULL_TIME',
                'PART_TIME',
                'CONTRACT',
                'INTERNSHIP'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."job_status" AS ENUM('OPEN', 'CLOSED', 'EXPIRED')
        `);
    await queryRunner.query(`
            CREATE TABLE "job_posting" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "posted_by_id" bigint NOT NULL,
                "community_id" bigint,
                "title" character varying(140) NOT NULL,
                "company" character varying(120) NOT NULL,
                "description" character varying(10000) NOT NULL,
                "location" character varying(120),
                "remote" boolean NOT NULL,
                "employment_type" "public"."employment_type" NOT NULL,
                "skills" text array NOT NULL,
                "apply_url" character varying(2000) NOT NULL,
                "status" "public"."job_status" NOT NULL DEFAULT 'OPEN',
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d7f4b8ed39caa6897bbdec8ba56" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_job_posting_status_expires" ON "job_posting" ("status", "expires_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_job_posting_poster" ON "job_posting" ("posted_by_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_job_posting_community" ON "job_posting" ("community_id", "id")
        `);
    // Hand-written (the entity marks them synchronize: false): the skills overlap filter and full-text search over
    // title, company and description (the same expression as jobSearchVectorSql in libs/job-board).
    await queryRunner.query(`
            CREATE INDEX "ix_job_posting_skills" ON "job_posting" USING gin ("skills")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_job_posting_search" ON "job_posting"
            USING gin (to_tsvector('simple', "title" || ' ' || "company" || ' ' || "description"))
        `);
    await queryRunner.query(`
            ALTER TABLE "job_posting"
            ADD CONSTRAINT "FK_7e2ed88b9a06bfec43d94625f5d" FOREIGN KEY ("posted_by_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "job_posting"
            ADD CONSTRAINT "FK_7afeb779d86473132ea97c762dd" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "job_posting" DROP CONSTRAINT "FK_7afeb779d86473132ea97c762dd"
        `);
    await queryRunner.query(`
            ALTER TABLE "job_posting" DROP CONSTRAINT "FK_7e2ed88b9a06bfec43d94625f5d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_job_posting_search"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_job_posting_skills"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_job_posting_community"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_job_posting_poster"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_job_posting_status_expires"
        `);
    await queryRunner.query(`
            DROP TABLE "job_posting"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."job_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."employment_type"
        `);
  }
}
