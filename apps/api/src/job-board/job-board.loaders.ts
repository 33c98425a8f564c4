import { Injectable } from '@nestjs/common';
import { JobListingService, JobPostingEntity } from '@kindling/job-board';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../graphql/context/request-loaders';
import { Viewer } from '../graphql/context/viewer';

export interface JobBoardLoaderSet {
  /** Jobs the viewer may see (null for the others), in one query per batch. */
  visibleById: DataLoader<string, JobPostingEntity | null>;
}

@Injectable()
export class JobBoardLoaders implements LoaderFactory<JobBoardLoaderSet> {
  constructor(private readonly listing: JobListingService) {}

  createLoaders(viewer: Viewer | null): JobBoardLoaderSet {
    return {
      visibleById: new DataLoader(async (ids) => {
        const found = new Map((await this.listing.findVisibleByIds(viewer?.userId ?? null, ids)).map((j) => [j.id, j]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    };
  }
}
