import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProgramApplicationEntity } from '@kindling/programs';
import { ProgramApplicationStatus, ProgramRole } from './programs-enums.graphql';

/** Seen by the applicant and the program's managers only. */
@ObjectType('ProgramApplication')
export class ProgramApplication {
  @Field(() => ID)
  id: string;

  @Field(() => ProgramRole)
  role: ProgramRole;

  @Field(() => ProgramApplicationStatus)
  status: ProgramApplicationStatus;

  @Field(() => String, { nullable: true, description: 'What the applicant wants from the program (mentees) or offers (mentors).' })
  goals: string | null;

  @Field(() => [String], { description: "Answers to the program's questions, in order." })
  answers: string[];

  @Field(() => Int, { nullable: true, description: 'Mentors: how many mentees they take in this program.' })
  capacity: number | null;

  @Field()
  createdAt: Date;

  programId: string;
  applicantId: string;

  static from(entity: ProgramApplicationEntity): ProgramApplication {
    return Object.assign(new ProgramApplication(), {
      id: entity.id,
      role: entity.role,
      status: entity.status,
      goals: entity.goals,
      answers: entity.answers,
      capacity: entity.capacity,
      createdAt: entity.createdAt,
      programId: entity.programId,
      applicantId: entity.applicantId,
    });
  }
}
