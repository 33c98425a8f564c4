import { MigrationInterface, QueryRunner } from 'typeorm';

/** Member search also reads the headline (weight B, like skills) and the bio (weight C): userSearchVectorSql. */
export class MemberProfileSearch1796320328494 implements MigrationInterface {
  name = 'MemberProfileSearch1796320328494';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_user_account_search"`);
    await queryRunner.query(`
            CREATE INDEX "ix_user_account_search" ON "user_account" USING gin (
                (setweight(to_tsvector('simple', "handle" || ' ' || "display_name"), 'A')
                 || setweight(to_tsvector('simple', immutable_text_array_join("skills") || ' ' || coalesce("headline", '')), 'B')
                 || setweight(to_tsvector('simple', coalesce("bio", '')), 'C'))
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_user_account_search"`);
    await queryRunner.query(`
            CREATE INDEX "ix_user_account_search" ON "user_account" USING gin (
                (setweight(to_tsvector('simple', "handle" || ' ' || "display_name"), 'A')
                 || setweight(to_tsvector('simple', immutable_text_array_join("skills")), 'B'))
            )
        `);
  }
}
