import { MigrationInterface, QueryRunner } from 'typeorm';

export class ThreadsPostsComments1795393810507 implements MigrationInterface {
  name = 'ThreadsPostsComments1795393810507';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."thread_status" AS ENUM('ACTIVE', 'PAUSED', 'COMPLETED')
        `);
    await queryRunner.query(`
            CREATE TABLE "growth_thread" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "author_id" bigint NOT NULL,
                "community_id" bigint,
                "title" character varying(140) NOT NULL,
                "goal" character varying(2000),
                "status" "public"."thread_status" NOT NULL DEFAULT 'ACTIVE',
                "post_count" integer NOT NULL DEFAULT '0',
                "subscriber_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_58bc061b2e03078014ae763043e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_growth_thread_community" ON "growth_thread" ("community_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_growth_thread_author" ON "growth_thread" ("author_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "thread_subscription" (
                "thread_id" bigint NOT NULL,
                "user_id" bigint NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_13150594546bc1e58fc166dd2a1" PRIMARY KEY ("thread_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_thread_subscription_user" ON "thread_subscription" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."post_kind" AS ENUM(
                'UPDATE',
                'MILESTONE',
                'BLOCKER',
                'QUESTION',
                'REFLECTION'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "post" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "thread_id" bigint NOT NULL,
                "author_id" bigint NOT NULL,
                "community_id" bigint,
                "kind" "public"."post_kind" NOT NULL DEFAULT 'UPDATE',
                "body" character varying(10000) NOT NULL,
                "tags" text array NOT NULL DEFAULT '{}',
                "roadmap_step_id" bigint,
                "comment_count" integer NOT NULL DEFAULT '0',
                "cheer_count" integer NOT NULL DEFAULT '0',
                "insightful_count" integer NOT NULL DEFAULT '0',
                "support_count" integer NOT NULL DEFAULT '0',
                "celebrate_count" integer NOT NULL DEFAULT '0',
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_post_community" ON "post" ("community_id", "id")
        `);
    // Hand-written (the entity marks it synchronize: false): publicFeed(tag) looks posts up by tag.
    await queryRunner.query(`
            CREATE INDEX "ix_post_tags" ON "post" USING gin ("tags")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_post_author" ON "post" ("author_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_post_thread" ON "post" ("thread_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "post_mention" (
                "post_id" bigint NOT NULL,
                "user_id" bigint NOT NULL,
                CONSTRAINT "PK_acdb425e8b4a16a03ee2ad4d84c" PRIMARY KEY ("post_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_post_mention_user" ON "post_mention" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."reaction_type" AS ENUM('CHEER', 'INSIGHTFUL', 'SUPPORT', 'CELEBRATE')
        `);
    await queryRunner.query(`
            CREATE TABLE "reaction" (
                "post_id" bigint NOT NULL,
                "user_id" bigint NOT NULL,
                "type" "public"."reaction_type" NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_33f75085abe8c9902322be65555" PRIMARY KEY ("post_id", "user_id", "type")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reaction_user" ON "reaction" ("user_id", "post_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "comment" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "post_id" bigint NOT NULL,
                "parent_id" bigint,
                "author_id" bigint NOT NULL,
                "body" character varying(5000),
                "reply_count" integer NOT NULL DEFAULT '0',
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_comment_post_parent" ON "comment" ("post_id", "parent_id", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_thread"
            ADD CONSTRAINT "FK_eeaf15fbe7489b44f7bc7779cac" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_thread"
            ADD CONSTRAINT "FK_2de12cdc373d0c8f577498ad3b9" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "thread_subscription"
            ADD CONSTRAINT "FK_961e0cf1149ac5f5af2548c6d56" FOREIGN KEY ("thread_id") REFERENCES "growth_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "thread_subscription"
            ADD CONSTRAINT "FK_9d64e1bbdbcb59b970c5ad9003c" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post"
            ADD CONSTRAINT "FK_34b1af108a2cba82cdbfefaefb1" FOREIGN KEY ("thread_id") REFERENCES "growth_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post"
            ADD CONSTRAINT "FK_2f1a9ca8908fc8168bc18437f62" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post_mention"
            ADD CONSTRAINT "FK_c03144065921fd20a80d8f9856d" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post_mention"
            ADD CONSTRAINT "FK_53e8e498bfbceca87fab3e12475" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reaction"
            ADD CONSTRAINT "FK_4af0a7b3bc874c64e408aaa9853" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reaction"
            ADD CONSTRAINT "FK_978c984f412d09b43304e41ae9a" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "comment"
            ADD CONSTRAINT "FK_8aa21186314ce53c5b61a0e8c93" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "comment"
            ADD CONSTRAINT "FK_8bd8d0985c0d077c8129fb4a209" FOREIGN KEY ("parent_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "comment"
            ADD CONSTRAINT "FK_3ce66469b26697baa097f8da923" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "comment" DROP CONSTRAINT "FK_3ce66469b26697baa097f8da923"
        `);
    await queryRunner.query(`
            ALTER TABLE "comment" DROP CONSTRAINT "FK_8bd8d0985c0d077c8129fb4a209"
        `);
    await queryRunner.query(`
            ALTER TABLE "comment" DROP CONSTRAINT "FK_8aa21186314ce53c5b61a0e8c93"
        `);
    await queryRunner.query(`
            ALTER TABLE "reaction" DROP CONSTRAINT "FK_978c984f412d09b43304e41ae9a"
        `);
    await queryRunner.query(`
            ALTER TABLE "reaction" DROP CONSTRAINT "FK_4af0a7b3bc874c64e408aaa9853"
        `);
    await queryRunner.query(`
            ALTER TABLE "post_mention" DROP CONSTRAINT "FK_53e8e498bfbceca87fab3e12475"
        `);
    await queryRunner.query(`
            ALTER TABLE "post_mention" DROP CONSTRAINT "FK_c03144065921fd20a80d8f9856d"
        `);
    await queryRunner.query(`
            ALTER TABLE "post" DROP CONSTRAINT "FK_2f1a9ca8908fc8168bc18437f62"
        `);
    await queryRunner.query(`
            ALTER TABLE "post" DROP CONSTRAINT "FK_34b1af108a2cba82cdbfefaefb1"
        `);
    await queryRunner.query(`
            ALTER TABLE "thread_subscription" DROP CONSTRAINT "FK_9d64e1bbdbcb59b970c5ad9003c"
        `);
    await queryRunner.query(`
            ALTER TABLE "thread_subscription" DROP CONSTRAINT "FK_961e0cf1149ac5f5af2548c6d56"
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_thread" DROP CONSTRAINT "FK_2de12cdc373d0c8f577498ad3b9"
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_thread" DROP CONSTRAINT "FK_eeaf15fbe7489b44f7bc7779cac"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_comment_post_parent"
        `);
    await queryRunner.query(`
            DROP TABLE "comment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reaction_user"
        `);
    await queryRunner.query(`
            DROP TABLE "reaction"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."reaction_type"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_post_mention_user"
        `);
    await queryRunner.query(`
            DROP TABLE "post_mention"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_post_thread"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_post_author"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_post_tags"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_post_community"
        `);
    await queryRunner.query(`
            DROP TABLE "post"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."post_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_thread_subscription_user"
        `);
    await queryRunner.query(`
            DROP TABLE "thread_subscription"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_growth_thread_author"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_growth_thread_community"
        `);
    await queryRunner.query(`
            DROP TABLE "growth_thread"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."thread_status"
        `);
  }
}
