import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { FanoutService, InvalidFanoutCursorError } from '@kindling/feed';
import { HandlesJob, JobHandler, JobPayload } from '@kindling/jobs';

/** A cursor this code did not write cannot succeed on retry. */
export async function failForGoodOnBadCursor<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidFanoutCursorError) throw new UnrecoverableError(error.message);
    throw error;
  }
}

@Injectable()
@HandlesJob('feed.fanout')
export class FanoutHandler implements JobHandler<'feed.fanout'> {
  constructor(private readonly fanout: FanoutService) {}

  handle({ postId, cursor }: JobPayload<'feed.fanout'>): Promise<string> {
    return failForGoodOnBadCursor(() => this.fanout.fanout(postId, cursor));
  }
}
