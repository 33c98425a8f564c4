import { Global, Module } from '@nestjs/common';
import { ROADMAP_STEP_EVIDENCE } from '@kindling/posts';
import { RoadmapStepEvidenceService } from './roadmap-step-evidence.service';

/**
 * Provides posts' ROADMAP_STEP_EVIDENCE port. Global, so PostsService (whose
 * module cannot import roadmaps without a cycle) receives it wherever the
 * roadmaps feature is loaded; where it is not, posts refuse every step.
 */
@Global()
@Module({
  providers: [RoadmapStepEvidenceService, { provide: ROADMAP_STEP_EVIDENCE, useExisting: RoadmapStepEvidenceService }],
  exports: [ROADMAP_STEP_EVIDENCE],
})
export class RoadmapStepEvidenceModule {}
