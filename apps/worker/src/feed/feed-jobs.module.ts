import { Module } from '@nestjs/common';
import { FeedModule } from '@kindling/feed';
import { FanoutHandler } from './fanout.handler';
import { RetractHandler } from './retract.handler';

@Module({ imports: [FeedModule], providers: [FanoutHandler, RetractHandler] })
export class FeedJobsModule {}
