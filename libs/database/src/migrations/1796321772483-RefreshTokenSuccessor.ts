import { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshTokenSuccessor1796321772483 implements MigrationInterface {
  name = 'RefreshTokenSuccessor1796321772483';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "refresh_token"
            ADD "successor_sealed" text
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "refresh_token" DROP COLUMN "successor_sealed"
        `);
  }
}
