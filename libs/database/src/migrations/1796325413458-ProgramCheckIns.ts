import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgramCheckIns1796325413458 implements MigrationInterface {
  name = 'ProgramCheckIns1796325413458';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "program_check_in" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "program_id" bigint NOT NULL,
                "room_id" bigint NOT NULL,
                "author_id" bigint NOT NULL,
                "rating" smallint NOT NULL,
                "note" character varying(2000),
                "day" date NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_daf0cca6c603e3b508055e1418d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_program_check_in_room" ON "program_check_in" ("room_id", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_program_check_in_day" ON "program_check_in" ("room_id", "author_id", "day")
        `);
    await queryRunner.query(`
            ALTER TABLE "program_check_in"
            ADD CONSTRAINT "FK_be6882c303ad1f1523fc887e9b2" FOREIGN KEY ("program_id") REFERENCES "mentorship_program"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "program_check_in"
            ADD CONSTRAINT "FK_4844a9a64746b3f2d12502a04aa" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "program_check_in" DROP CONSTRAINT "FK_4844a9a64746b3f2d12502a04aa"
        `);
    await queryRunner.query(`
            ALTER TABLE "program_check_in" DROP CONSTRAINT "FK_be6882c303ad1f1523fc887e9b2"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_program_check_in_day"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_program_check_in_room"
        `);
    await queryRunner.query(`
            DROP TABLE "program_check_in"
        `);
  }
}
