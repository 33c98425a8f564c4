import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobOutbox1795402873604 implements MigrationInterface {
  name = 'JobOutbox1795402873604';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "job_outbox" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "name" text NOT NULL,
                "payload" jsonb NOT NULL,
                "job_id" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c3ba45dab51e3016acef18d0433" PRIMARY KEY ("id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "job_outbox"
        `);
  }
}
