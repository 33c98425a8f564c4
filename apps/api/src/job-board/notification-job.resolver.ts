import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Notification } from '../notifications/notification.object';
import { JobBoardLoaders } from './job-board.loaders';
import { JobPosting } from './job-posting.object';

@Resolver(() => Notification)
export class NotificationJobResolver {
  constructor(private readonly jobLoaders: JobBoardLoaders) {}

  /** Null when the job is no longer visible to the recipient (e.g. they left its private community). */
  @ResolveField(() => JobPosting, { nullable: true })
  async job(@Parent() notification: Notification, @Loaders() loaders: RequestLoaders): Promise<JobPosting | null> {
    const job = notification.jobId ? await loaders.for(this.jobLoaders).visibleById.load(notification.jobId) : null;
    return job && JobPosting.from(job);
  }
}
