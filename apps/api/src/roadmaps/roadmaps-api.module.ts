import { Module } from '@nestjs/common';
import { RoadmapsModule } from '@kindling/roadmaps';
import { CommunitiesApiModule } from '../communities/communities-api.module';
import { ContentLoadersModule } from '../content/content-loaders.module';
import { UsersApiModule } from '../users/users-api.module';
import { CommunityRoadmapsResolver } from './community-roadmaps.resolver';
import { EnrollmentFieldsResolver } from './enrollment-fields.resolver';
import { EnrollmentsResolver } from './enrollments.resolver';
import { NotificationRoadmapResolver } from './notification-roadmap.resolver';
import { PostRoadmapStepResolver } from './post-roadmap-step.resolver';
import { RoadmapFieldsResolver } from './roadmap-fields.resolver';
import { RoadmapStepFieldsResolver } from './roadmap-step-fields.resolver';
import { RoadmapStepsResolver } from './roadmap-steps.resolver';
import { RoadmapLoaders } from './roadmap.loaders';
import { RoadmapsResolver } from './roadmaps.resolver';
import { RoadmapViews } from './roadmap-views';
import { StepProgressFieldsResolver } from './step-progress-fields.resolver';
import { ThreadEnrollmentResolver } from './thread-enrollment.resolver';

/** Roadmaps, their steps and versions, enrollments and progress; and the roadmap fields of Community, GrowthThread, Post and Notification. */
@Module({
  imports: [RoadmapsModule, ContentLoadersModule, UsersApiModule, CommunitiesApiModule],
  providers: [
    RoadmapLoaders,
    RoadmapViews,
    RoadmapsResolver,
    RoadmapStepsResolver,
    EnrollmentsResolver,
    RoadmapFieldsResolver,
    RoadmapStepFieldsResolver,
    EnrollmentFieldsResolver,
    StepProgressFieldsResolver,
    CommunityRoadmapsResolver,
    ThreadEnrollmentResolver,
    PostRoadmapStepResolver,
    NotificationRoadmapResolver,
  ],
  exports: [RoadmapLoaders, RoadmapViews],
})
export class RoadmapsApiModule {}
