import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProgramAccess } from '@kindling/programs';
import { ProgramStatus } from './programs-enums.graphql';

@ObjectType('MentorshipProgram', {
  description: "A cohort-based mentorship program run by a community's owners and moderators (its managers).",
})
export class MentorshipProgram {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ProgramStatus)
  status: ProgramStatus;

  @Field(() => Date, { nullable: true, description: "When the cohort's rooms open and when the program ends." })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt: Date | null;

  @Field(() => [String], { description: 'Questions every applicant answers, in order.' })
  questions: string[];

  @Field(() => Int, { description: 'Days without activity after which a pair counts as QUIET.' })
  quietAfterDays: number;

  @Field(() => Int)
  mentorCount: number;

  @Field(() => Int)
  menteeCount: number;

  @Field()
  viewerIsManager: boolean;

  @Field()
  createdAt: Date;

  communityId: string;
  planGoals: string[];
  planCadenceDays: number | null;

  /** Built only from a program the viewer may see: `manager` says whether they run it. */
  static from({ program, manager }: Pick<ProgramAccess, 'program' | 'manager'>): MentorshipProgram {
    return Object.assign(new MentorshipProgram(), {
      id: program.id,
      slug: program.slug,
      title: program.title,
      description: program.description,
      status: program.status,
      startsAt: program.startsAt,
      endsAt: program.endsAt,
      questions: program.questions,
      quietAfterDays: program.quietAfterDays,
      mentorCount: program.mentorCount,
      menteeCount: program.menteeCount,
      viewerIsManager: manager,
      createdAt: program.createdAt,
      communityId: program.communityId,
      planGoals: program.planGoals,
      planCadenceDays: program.planCadenceDays,
    });
  }
}
