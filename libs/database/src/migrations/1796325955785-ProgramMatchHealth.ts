import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgramMatchHealth1796325955785 implements MigrationInterface {
  name = 'ProgramMatchHealth1796325955785';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."match_health" AS ENUM('HEALTHY', 'QUIET', 'AT_RISK')
        `);
    await queryRunner.query(`
            ALTER TABLE "program_match"
            ADD "last_health" "public"."match_health" NOT NULL DEFAULT 'HEALTHY'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "program_match" DROP COLUMN "last_health"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."match_health"
        `);
  }
}
