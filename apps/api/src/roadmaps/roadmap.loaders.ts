import { Injectable } from '@nestjs/common';
import {
  EnrollmentQueries,
  RoadmapEnrollmentEntity,
  RoadmapEntity,
  RoadmapsService,
  RoadmapStepsReader,
  StepProgressEntity,
  StepView,
  VersionKey,
  versionKey,
} from '@kindling/roadmaps';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../graphql/context/request-loaders';
import { Viewer } from '../graphql/context/viewer';

export interface RoadmapLoaderSet {
  /** Raw rows: callers decide visibility (RoadmapViews). */
  byId: DataLoader<string, RoadmapEntity | null>;
  /** Working draft per roadmap id, in position order. */
  draftSteps: DataLoader<string, StepView[]>;
  /** Published version steps, in position order. */
  versionSteps: DataLoader<VersionKey, StepView[], string>;
  /** Per step id: the step as the newest version that has it shows it. */
  latestPublishedStep: DataLoader<string, StepView | null>;
  /** Per roadmap id: the viewer's live enrollment, else their latest dropped one. */
  viewerEnrollment: DataLoader<string, RoadmapEnrollmentEntity | null>;
  enrollmentByThread: DataLoader<string, RoadmapEnrollmentEntity | null>;
  progressRows: DataLoader<string, StepProgressEntity[]>;
}

@Injectable()
export class RoadmapLoaders implements LoaderFactory<RoadmapLoaderSet> {
  constructor(
    private readonly roadmaps: RoadmapsService,
    private readonly reader: RoadmapStepsReader,
    private readonly enrollments: EnrollmentQueries,
  ) {}

  createLoaders(viewer: Viewer | null): RoadmapLoaderSet {
    return {
      byId: new DataLoader(async (ids) => {
        const found = new Map((await this.roadmaps.findByIds(ids)).map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      draftSteps: new DataLoader(async (ids) => {
        const steps = await this.reader.draftSteps(ids);
        return ids.map((id) => steps.get(id) ?? []);
      }),
      versionSteps: new DataLoader(
        async (keys) => {
          const steps = await this.reader.versionSteps(keys);
          return keys.map((key) => steps.get(versionKey(key)) ?? []);
        },
        { cacheKeyFn: versionKey },
      ),
      latestPublishedStep: new DataLoader(async (ids) => {
        const steps = await this.reader.latestPublished(ids);
        return ids.map((id) => steps.get(id) ?? null);
      }),
      viewerEnrollment: new DataLoader(async (roadmapIds) => {
        if (!viewer) return roadmapIds.map(() => null);
        const found = await this.enrollments.forMember(viewer.userId, roadmapIds);
        return roadmapIds.map((id) => found.get(id) ?? null);
      }),
      enrollmentByThread: new DataLoader(async (threadIds) => {
        const found = await this.enrollments.byThreads(threadIds);
        return threadIds.map((id) => found.get(id) ?? null);
      }),
      progressRows: new DataLoader(async (enrollmentIds) => {
        const found = await this.enrollments.progressRows(enrollmentIds);
        return enrollmentIds.map((id) => found.get(id) ?? []);
      }),
    };
  }
}
