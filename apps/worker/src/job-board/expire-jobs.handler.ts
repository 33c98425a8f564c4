import { Injectable, Logger } from '@nestjs/common';
import { JobExpiryService } from '@kindling/job-board';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';

/** Stores EXPIRED on open jobs past their expiry; scheduled hourly, safe to run any number of times. */
@Injectable()
@HandlesJob('jobs.expire')
export class ExpireJobsHandler implements JobHandler<'jobs.expire'> {
  private readonly logger = new Logger(ExpireJobsHandler.name);

  constructor(private readonly expiry: JobExpiryService) {}

  async handle(payload: JobPayload<'jobs.expire'>): Promise<number> {
    const expired = await this.expiry.expireDue(payload.before ? new Date(payload.before) : undefined);
    this.logger.log({ expired }, 'expired job postings');
    return expired;
  }
}
