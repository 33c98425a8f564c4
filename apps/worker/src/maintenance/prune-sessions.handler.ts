import { Injectable, Logger } from '@nestjs/common';
import { AuthService } from '@kindling/auth';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';

/** Deletes expired refresh tokens; scheduled daily, safe to run any number of times. */
@Injectable()
@HandlesJob('auth.prune-sessions')
export class PruneSessionsHandler implements JobHandler<'auth.prune-sessions'> {
  private readonly logger = new Logger(PruneSessionsHandler.name);

  constructor(private readonly auth: AuthService) {}

  async handle(payload: JobPayload<'auth.prune-sessions'>): Promise<number> {
    const pruned = await this.auth.pruneExpired(payload.before ? new Date(payload.before) : new Date());
    this.logger.log({ pruned }, 'pruned expired refresh tokens');
    return pruned;
  }
}
