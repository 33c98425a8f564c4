import { Injectable } from '@nestjs/common';
import {
  ProgramAccess,
  ProgramAccessService,
  ProgramApplicationEntity,
  ProgramApplicationsService,
  ProgramsService,
  WorkbookItemEntity,
} from '@kindling/programs';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../graphql/context/request-loaders';
import { Viewer } from '../graphql/context/viewer';

export interface ProgramLoaderSet {
  /** The program and the viewer's standing toward it; null when they may not see it. */
  visibleById: DataLoader<string, ProgramAccess | null>;
  workbook: DataLoader<string, WorkbookItemEntity[]>;
  /** The viewer's own application per program id. */
  viewerApplication: DataLoader<string, ProgramApplicationEntity | null>;
}

@Injectable()
export class ProgramLoaders implements LoaderFactory<ProgramLoaderSet> {
  constructor(
    private readonly programs: ProgramsService,
    private readonly access: ProgramAccessService,
    private readonly applications: ProgramApplicationsService,
  ) {}

  createLoaders(viewer: Viewer | null): ProgramLoaderSet {
    const viewerId = viewer?.userId ?? null;
    return {
      visibleById: new DataLoader(async (ids) => {
        const found = new Map((await this.programs.findByIds(ids)).map((p) => [p.id, p]));
        return Promise.all(ids.map(async (id) => (found.has(id) ? this.access.judge(viewerId, found.get(id)!) : null)));
      }),
      workbook: new DataLoader(async (programIds) => {
        const items = await this.programs.workbookOf(programIds);
        return programIds.map((id) => items.filter((i) => i.programId === id));
      }),
      viewerApplication: new DataLoader(async (programIds) => {
        if (!viewerId) return programIds.map(() => null);
        const found = new Map((await this.applications.ofApplicant(viewerId, programIds)).map((a) => [a.programId, a]));
        return programIds.map((id) => found.get(id) ?? null);
      }),
    };
  }
}
