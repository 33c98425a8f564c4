import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mentorship1795394874866 implements MigrationInterface {
  name = 'Mentorship1795394874866';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."mentorship_request_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')
        `);
    await queryRunner.query(`
            CREATE TABLE "mentorship_request" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "mentee_id" bigint NOT NULL,
                "mentor_id" bigint NOT NULL,
                "message" character varying(2000) NOT NULL,
                "goals" text array NOT NULL DEFAULT '{}',
                "status" "public"."mentorship_request_status" NOT NULL DEFAULT 'PENDING',
                "responded_at" TIMESTAMP WITH TIME ZONE,
                "response_note" character varying(1000),
                "room_id" bigint,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bd522a5551a7f5807e0dd7577c6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_mentorship_request_mentee" ON "mentorship_request" ("mentee_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_mentorship_request_mentor" ON "mentorship_request" ("mentor_id", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_mentorship_request_pending" ON "mentorship_request" ("mentee_id", "mentor_id")
            WHERE status = 'PENDING'
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."room_status" AS ENUM('ACTIVE', 'PAUSED', 'COMPLETED')
        `);
    await queryRunner.query(`
            CREATE TABLE "mentorship_room" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "mentor_id" bigint NOT NULL,
                "mentee_id" bigint NOT NULL,
                "request_id" bigint NOT NULL,
                "status" "public"."room_status" NOT NULL DEFAULT 'ACTIVE',
                "agreement_goals" character varying(2000),
                "agreement_cadence" character varying(500),
                "agreement_expectations" character varying(2000),
                "agreement_updated_at" TIMESTAMP WITH TIME ZONE,
                "enrollment_id" bigint,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a02b39e1f0460f2515f7f4b1ecd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_mentorship_room_request" ON "mentorship_room" ("request_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_mentorship_room_open_pair" ON "mentorship_room" ("mentor_id", "mentee_id")
            WHERE status IN ('ACTIVE', 'PAUSED')
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_mentorship_room_mentee" ON "mentorship_room" ("mentee_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_mentorship_room_mentor" ON "mentorship_room" ("mentor_id", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."session_status" AS ENUM('SCHEDULED', 'COMPLETED', 'CANCELLED')
        `);
    await queryRunner.query(`
            CREATE TABLE "mentorship_session" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "room_id" bigint NOT NULL,
                "scheduled_by_id" bigint NOT NULL,
                "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "duration_minutes" integer NOT NULL,
                "agenda" character varying(2000),
                "notes" character varying(10000),
                "status" "public"."session_status" NOT NULL DEFAULT 'SCHEDULED',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_mentorship_session_duration" CHECK (
                    duration_minutes BETWEEN 15 AND 240
                ),
                CONSTRAINT "PK_61c1ee8d2ab59e4378dc7c1420d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_mentorship_session_room" ON "mentorship_session" ("room_id", "scheduled_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "action_item" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "session_id" bigint NOT NULL,
                "room_id" bigint NOT NULL,
                "title" character varying(200) NOT NULL,
                "assignee_id" bigint NOT NULL,
                "done" boolean NOT NULL DEFAULT false,
                "done_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_action_item_session" ON "action_item" ("session_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "mentor_profile" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "user_id" bigint NOT NULL,
                "expertise" text array NOT NULL,
                "years_of_experience" integer NOT NULL,
                "about" character varying(2000),
                "accepting_mentees" boolean NOT NULL,
                "capacity" integer NOT NULL,
                "active_mentee_count" integer NOT NULL DEFAULT '0',
                "rating_sum" integer NOT NULL DEFAULT '0',
                "rating_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_mentor_profile_active_mentees" CHECK (active_mentee_count >= 0),
                CONSTRAINT "ck_mentor_profile_years" CHECK (
                    years_of_experience BETWEEN 0 AND 60
                ),
                CONSTRAINT "ck_mentor_profile_capacity" CHECK (
                    capacity BETWEEN 1 AND 50
                ),
                CONSTRAINT "PK_66933f054f95521806eb6207681" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_mentor_profile_user" ON "mentor_profile" ("user_id")
        `);
    // Hand-written (the entity marks it synchronize: false): mentors(filter: { skills }) looks profiles up by expertise overlap.
    await queryRunner.query(`
            CREATE INDEX "ix_mentor_profile_expertise" ON "mentor_profile" USING gin ("expertise")
        `);
    await queryRunner.query(`
            CREATE TABLE "room_feedback" (
                "room_id" bigint NOT NULL,
                "author_id" bigint NOT NULL,
                "rating" smallint NOT NULL,
                "comment" character varying(2000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_room_feedback_rating" CHECK (
                    rating BETWEEN 1 AND 5
                ),
                CONSTRAINT "PK_f9f6ba17ae436d2f6bca4099d6f" PRIMARY KEY ("room_id", "author_id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."goal_status" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE')
        `);
    await queryRunner.query(`
            CREATE TABLE "room_goal" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "room_id" bigint NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" character varying(2000),
                "status" "public"."goal_status" NOT NULL DEFAULT 'OPEN',
                "due_at" TIMESTAMP WITH TIME ZONE,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cd160f9672c9ba45a27c0baa589" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_room_goal_room" ON "room_goal" ("room_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "room_message" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "room_id" bigint NOT NULL,
                "author_id" bigint NOT NULL,
                "body" character varying(4000) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4d4598ed140cbdaf3e9879aca1a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_room_message_room" ON "room_message" ("room_id", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_request"
            ADD CONSTRAINT "FK_31fae0f8fab47a69b45a8d4dbb8" FOREIGN KEY ("mentee_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_request"
            ADD CONSTRAINT "FK_5d78cc74011088b9209100e976a" FOREIGN KEY ("mentor_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_room"
            ADD CONSTRAINT "FK_694d961d10da75dd03d8571ac2b" FOREIGN KEY ("mentor_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_room"
            ADD CONSTRAINT "FK_412b35ef25ed81389f7ad727080" FOREIGN KEY ("mentee_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_room"
            ADD CONSTRAINT "FK_4bac594e8c8b9f5c8120d563bad" FOREIGN KEY ("request_id") REFERENCES "mentorship_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_session"
            ADD CONSTRAINT "FK_6752dad2557e285d7faecfc84a3" FOREIGN KEY ("room_id") REFERENCES "mentorship_room"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_session"
            ADD CONSTRAINT "FK_c04727df68532b25780bd664651" FOREIGN KEY ("scheduled_by_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "FK_71faa0a922654fd1126c4692d39" FOREIGN KEY ("session_id") REFERENCES "mentorship_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "FK_5ec3fa18535ef8d37ff59e9dec5" FOREIGN KEY ("room_id") REFERENCES "mentorship_room"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "FK_9b521b98237ff511a20e684416f" FOREIGN KEY ("assignee_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentor_profile"
            ADD CONSTRAINT "FK_b519596e3db231df39c562c3bca" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "room_feedback"
            ADD CONSTRAINT "FK_fcaf73a965faba32a6809f66e2d" FOREIGN KEY ("room_id") REFERENCES "mentorship_room"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "room_feedback"
            ADD CONSTRAINT "FK_b49fe84e50cf50d5c84f5e29b44" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "room_goal"
            ADD CONSTRAINT "FK_d5404ea88df1d7700405db67d1c" FOREIGN KEY ("room_id") REFERENCES "mentorship_room"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "room_message"
            ADD CONSTRAINT "FK_3d32edd5f301bf066f04130a158" FOREIGN KEY ("room_id") REFERENCES "mentorship_room"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "room_message"
            ADD CONSTRAINT "FK_5819be5b487d6f059e2a93f8b82" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "room_message" DROP CONSTRAINT "FK_5819be5b487d6f059e2a93f8b82"
        `);
    await queryRunner.query(`
            ALTER TABLE "room_message" DROP CONSTRAINT "FK_3d32edd5f301bf066f04130a158"
        `);
    await queryRunner.query(`
            ALTER TABLE "room_goal" DROP CONSTRAINT "FK_d5404ea88df1d7700405db67d1c"
        `);
    await queryRunner.query(`
            ALTER TABLE "room_feedback" DROP CONSTRAINT "FK_b49fe84e50cf50d5c84f5e29b44"
        `);
    await queryRunner.query(`
            ALTER TABLE "room_feedback" DROP CONSTRAINT "FK_fcaf73a965faba32a6809f66e2d"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentor_profile" DROP CONSTRAINT "FK_b519596e3db231df39c562c3bca"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "FK_9b521b98237ff511a20e684416f"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "FK_5ec3fa18535ef8d37ff59e9dec5"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "FK_71faa0a922654fd1126c4692d39"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_session" DROP CONSTRAINT "FK_c04727df68532b25780bd664651"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_session" DROP CONSTRAINT "FK_6752dad2557e285d7faecfc84a3"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_room" DROP CONSTRAINT "FK_4bac594e8c8b9f5c8120d563bad"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_room" DROP CONSTRAINT "FK_412b35ef25ed81389f7ad727080"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_room" DROP CONSTRAINT "FK_694d961d10da75dd03d8571ac2b"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_request" DROP CONSTRAINT "FK_5d78cc74011088b9209100e976a"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_request" DROP CONSTRAINT "FK_31fae0f8fab47a69b45a8d4dbb8"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_room_message_room"
        `);
    await queryRunner.query(`
            DROP TABLE "room_message"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_room_goal_room"
        `);
    await queryRunner.query(`
            DROP TABLE "room_goal"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."goal_status"
        `);
    await queryRunner.query(`
            DROP TABLE "room_feedback"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_mentor_profile_expertise"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_mentor_profile_user"
        `);
    await queryRunner.query(`
            DROP TABLE "mentor_profile"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_action_item_session"
        `);
    await queryRunner.query(`
            DROP TABLE "action_item"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_mentorship_session_room"
        `);
    await queryRunner.query(`
            DROP TABLE "mentorship_session"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."session_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_mentorship_room_mentor"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_mentorship_room_mentee"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_mentorship_room_open_pair"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_mentorship_room_request"
        `);
    await queryRunner.query(`
            DROP TABLE "mentorship_room"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."room_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_mentorship_request_pending"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_mentorship_request_mentor"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_mentorship_request_mentee"
        `);
    await queryRunner.query(`
            DROP TABLE "mentorship_request"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."mentorship_request_status"
        `);
  }
}
