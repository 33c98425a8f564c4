import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kindling/notifications';
import { RoadmapsModule } from '@kindling/roadmaps';
import { RoadmapPublishedNotifier } from './roadmap-published.notifier';

@Module({
  imports: [RoadmapsModule, NotificationsModule],
  providers: [RoadmapPublishedNotifier],
})
export class RoadmapJobsModule {}
