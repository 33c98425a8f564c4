import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kindling/communities';
import { PostsModule } from '@kindling/posts';
import { ThreadsModule } from '@kindling/threads';
import { DraftStepLocator } from './draft-step-locator.service';
import { EnrollmentCompletion } from './enrollment-completion.service';
import { EnrollmentQueries } from './enrollment-queries.service';
import { EnrollmentsService } from './enrollments.service';
import { RoadmapAccess } from './roadmap-access.service';
import { RoadmapDraftService } from './roadmap-draft.service';
import { RoadmapEnrollmentEntity } from './roadmap-enrollment.entity';
import { RoadmapPublishingService } from './roadmap-publishing.service';
import { RoadmapStepEntity } from './roadmap-step.entity';
import { RoadmapStepEvidenceModule } from './roadmap-step-evidence.module';
import { RoadmapStepsReader } from './roadmap-steps.reader';
import { RoadmapVersionStepEntity } from './roadmap-version-step.entity';
import { RoadmapVersionEntity } from './roadmap-version.entity';
import { RoadmapEntity } from './roadmap.entity';
import { RoadmapsService } from './roadmaps.service';
import { StepProgressEntity } from './step-progress.entity';
import { StepProgressService } from './step-progress.service';

const EXPORTED = [
  RoadmapAccess,
  RoadmapsService,
  RoadmapDraftService,
  RoadmapPublishingService,
  RoadmapStepsReader,
  EnrollmentsService,
  EnrollmentQueries,
  StepProgressService,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([
      RoadmapEntity,
      RoadmapStepEntity,
      RoadmapVersionEntity,
      RoadmapVersionStepEntity,
      RoadmapEnrollmentEntity,
      StepProgressEntity,
    ]),
    CommunitiesModule,
    ThreadsModule,
    PostsModule,
    RoadmapStepEvidenceModule,
  ],
  providers: [...EXPORTED, DraftStepLocator, EnrollmentCompletion],
  exports: EXPORTED,
})
export class RoadmapsModule {}
