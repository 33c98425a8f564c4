import { Module } from '@nestjs/common';
import { PostsModule } from '@kindling/posts';
import { SocialGraphModule } from '@kindling/social-graph';
import { ThreadsModule } from '@kindling/threads';
import { UsersModule } from '@kindling/users';
import { FanoutService } from './fanout.service';
import { FeedQueries } from './feed-queries';
import { FeedReader } from './feed-reader.service';
import { FeedRecipients } from './feed-recipients';
import { FeedSettings } from './feed-settings';
import { LastSeenTracker } from './last-seen.tracker';
import { TimelineStore } from './timeline-store';

/** The home feed: fan-out on write into Redis timelines, reads with rebuild and the celebrity merge. */
@Module({
  imports: [PostsModule, ThreadsModule, SocialGraphModule, UsersModule],
  providers: [FeedSettings, TimelineStore, FeedRecipients, FanoutService, FeedQueries, FeedReader, LastSeenTracker],
  exports: [FanoutService, FeedReader, LastSeenTracker, TimelineStore, FeedSettings],
})
export class FeedModule {}
