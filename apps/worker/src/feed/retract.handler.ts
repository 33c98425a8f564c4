import { Injectable } from '@nestjs/common';
import { FanoutService } from '@kindling/feed';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';
import { failForGoodOnBadCursor } from './fanout.handler';

@Injectable()
@HandlesJob('feed.retract')
export class RetractHandler implements JobHandler<'feed.retract'> {
  constructor(private readonly fanout: FanoutService) {}

  handle({ postId, cursor }: JobPayload<'feed.retract'>): Promise<number> {
    return failForGoodOnBadCursor(() => this.fanout.retract(postId, cursor));
  }
}
