import { Field, ID, ObjectType } from '@nestjs/graphql';
import { JobPostingEntity } from '@kindling/job-board';
import { EmploymentType, JobStatus } from './job-board-enums.graphql';

@ObjectType('JobPosting')
export class JobPosting {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  company: string;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field()
  remote: boolean;

  @Field(() => EmploymentType)
  employmentType: EmploymentType;

  @Field(() => [String])
  skills: string[];

  @Field()
  applyUrl: string;

  @Field(() => JobStatus, { description: 'EXPIRED as soon as expiresAt has passed.' })
  status: JobStatus;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  postedById: string;
  communityId: string | null;

  /** `entity.status` is the status readers see (the job-board services settle it). */
  static from(entity: JobPostingEntity): JobPosting {
    return Object.assign(new JobPosting(), {
      id: entity.id,
      title: entity.title,
      company: entity.company,
      description: entity.description,
      location: entity.location,
      remote: entity.remote,
      employmentType: entity.employmentType,
      skills: entity.skills,
      applyUrl: entity.applyUrl,
      status: entity.status,
      createdAt: entity.createdAt,
      expiresAt: entity.expiresAt,
      postedById: entity.postedById,
      communityId: entity.communityId,
    });
  }
}
