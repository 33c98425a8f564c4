import { MigrationInterface, QueryRunner } from 'typeorm';

/** `REJECTED`: what reviewMembership answers for a rejected request (the row itself is removed, never stored as REJECTED). */
export class MembershipRejected1796320900000 implements MigrationInterface {
  name = 'MembershipRejected1796320900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."membership_status" ADD VALUE IF NOT EXISTS 'REJECTED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Postgres cannot drop an enum value: rebuild the type without it (no row holds REJECTED).
    await queryRunner.query(`ALTER TYPE "public"."membership_status" RENAME TO "membership_status_old"`);
    await queryRunner.query(`CREATE TYPE "public"."membership_status" AS ENUM('ACTIVE', 'PENDING', 'BANNED')`);
    await queryRunner.query(
      `ALTER TABLE "membership" ALTER COLUMN "status" TYPE "public"."membership_status" USING "status"::text::"public"."membership_status"`,
    );
    await queryRunner.query(`DROP TYPE "public"."membership_status_old"`);
  }
}
