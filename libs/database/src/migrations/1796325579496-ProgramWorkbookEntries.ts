import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgramWorkbookEntries1796325579496 implements MigrationInterface {
  name = 'ProgramWorkbookEntries1796325579496';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "program_workbook_entry" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "room_id" bigint NOT NULL,
                "item_id" bigint NOT NULL,
                "response" character varying(10000),
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b69cd27d75749ae4c23b412c73f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_program_workbook_entry" ON "program_workbook_entry" ("room_id", "item_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "program_workbook_entry"
            ADD CONSTRAINT "FK_c8bc8fc8d194d7c6d7a61b5caa7" FOREIGN KEY ("item_id") REFERENCES "program_workbook_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "program_workbook_entry" DROP CONSTRAINT "FK_c8bc8fc8d194d7c6d7a61b5caa7"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_program_workbook_entry"
        `);
    await queryRunner.query(`
            DROP TABLE "program_workbook_entry"
        `);
  }
}
