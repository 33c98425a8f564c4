import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { JobListingService, JobPostingsService } from '@kindling/job-board';
import { UsersService } from '@kindling/users';
import { CurrentViewer, OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { IdPipe } from '../graphql/validation/id.pipe';
import { JobPostingConnection } from './job-posting-connection';
import { JobPosting } from './job-posting.object';
import { JobsArgs } from './jobs.args';
import { PostJobInput } from './post-job.input';
import { UpdateJobInput } from './update-job.input';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

@Resolver(() => JobPosting)
export class JobBoardResolver {
  constructor(
    private readonly listing: JobListingService,
    private readonly postings: JobPostingsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => JobPosting, {
    nullable: true,
    description: "Null when there is no such job or it is in a private community the viewer isn't an active member of.",
  })
  async job(@OptionalViewer() viewer: Viewer | null, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<JobPosting | null> {
    const job = await this.listing.findVisible(viewer?.userId ?? null, id);
    return job && JobPosting.from(job);
  }

  @Query(() => JobPostingConnection, {
    description: 'Newest first; OPEN jobs (not closed, not expired) unless filter.status says otherwise.',
  })
  async jobs(@OptionalViewer() viewer: Viewer | null, @Args() args: JobsArgs): Promise<Connection<JobPosting>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.listing.list(viewer?.userId ?? null, args.filter ?? {}, { first: args.first, after });
    return toConnection(
      page,
      (j) => encodeCursor([j.id]),
      (j) => JobPosting.from(j),
    );
  }

  @Query(() => JobPostingConnection, {
    description:
      'Open jobs matching your skills (two shared, or the one a job lists), best matches first; closed and expired ones left out.',
  })
  async jobsForMe(@CurrentViewer() viewer: Viewer, @Args() args: ConnectionArgs): Promise<Connection<JobPosting>> {
    const [shared, id] = args.after ? decodeCursor(args.after, 2) : [];
    const me = await this.users.requireById(viewer.userId);
    const page = await this.listing.matchingFor(viewer.userId, me.skills, {
      first: args.first,
      after: shared === undefined ? undefined : { shared: Number(shared), id },
    });
    return toConnection(
      page,
      (j) => encodeCursor([j.shared, j.id]),
      (j) => JobPosting.from(j),
    );
  }

  @Mutation(() => JobPosting)
  @WriteLimit('jobPostings')
  async postJob(@CurrentViewer() viewer: Viewer, @Args('input') input: PostJobInput): Promise<JobPosting> {
    return JobPosting.from(await this.postings.post(viewer.userId, input));
  }

  @Mutation(() => JobPosting)
  async updateJob(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateJobInput,
  ): Promise<JobPosting> {
    return JobPosting.from(await this.postings.update(viewer.userId, id, input));
  }

  @Mutation(() => JobPosting)
  async closeJob(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<JobPosting> {
    return JobPosting.from(await this.postings.close(viewer.userId, id));
  }
}
