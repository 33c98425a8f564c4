import { Injectable } from '@nestjs/common';
import { isParticipant, MentorshipRoomEntity, RoomAccess } from '@kindling/mentorship';
import {
  CheckInEntity,
  MatchHealth,
  ProgramHealthService,
  CheckInsService,
  ProgramAccess,
  ProgramAccessService,
  ProgramApplicationEntity,
  ProgramApplicationsService,
  ProgramMatchEntity,
  ProgramMatchingService,
  ProgramsService,
  WorkbookItemEntity,
  WorkbookRow,
  WorkbookService,
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
  /** A room by id when the viewer is one of its two participants. */
  visibleRoom: DataLoader<string, MentorshipRoomEntity | null>;
  /** The published match that opened a room, by room id. */
  matchByRoom: DataLoader<string, ProgramMatchEntity | null>;
  /** Check-ins per room id, newest first (only for rooms the viewer already reached). */
  checkInsByRoom: DataLoader<string, CheckInEntity[]>;
  /** The workbook (items with the mentee's entries) per room id. */
  workbookByRoom: DataLoader<string, WorkbookRow[]>;
  /** Match health by match id (callers reached the match already). */
  healthByMatch: DataLoader<string, MatchHealth | null>;
}

@Injectable()
export class ProgramLoaders implements LoaderFactory<ProgramLoaderSet> {
  constructor(
    private readonly programs: ProgramsService,
    private readonly access: ProgramAccessService,
    private readonly applications: ProgramApplicationsService,
    private readonly matching: ProgramMatchingService,
    private readonly rooms: RoomAccess,
    private readonly checkIns: CheckInsService,
    private readonly workbooks: WorkbookService,
    private readonly health: ProgramHealthService,
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
      visibleRoom: new DataLoader(async (ids) => {
        const found = new Map((await this.rooms.findByIds(ids)).filter((r) => isParticipant(r, viewerId)).map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      matchByRoom: new DataLoader(async (roomIds) => {
        const found = new Map((await this.matching.byRoomIds(roomIds)).map((m) => [m.roomId!, m]));
        return roomIds.map((id) => found.get(id) ?? null);
      }),
      checkInsByRoom: new DataLoader(async (roomIds) => {
        const rows = await this.checkIns.ofRooms(roomIds);
        return roomIds.map((id) => rows.filter((c) => c.roomId === id));
      }),
      workbookByRoom: new DataLoader(async (roomIds) => {
        const byRoom = await this.workbooks.ofRooms(roomIds);
        return roomIds.map((id) => byRoom.get(id) ?? []);
      }),
      healthByMatch: new DataLoader(async (matchIds) => {
        const matches = await this.matching.findByIds(matchIds);
        const programs = new Map((await this.programs.findByIds([...new Set(matches.map((m) => m.programId))])).map((p) => [p.id, p]));
        const health = await this.health.ofMatches(matches, (programId) => programs.get(programId)?.quietAfterDays ?? 14);
        return matchIds.map((id) => health.get(id) ?? null);
      }),
    };
  }
}
