import { canSeeInside, CommunityVisibility, isModerator, Standing } from '@kindling/communities';

/** The facts that decide what a viewer may do with a roadmap. */
export interface RoadmapScope {
  visibility: CommunityVisibility;
  /** The latest published version; 0 when never published. */
  version: number;
}

/** Authoring, drafts and the moderation side: the community's active owners and moderators. */
export const canAuthor = (viewer: Standing): boolean => isModerator(viewer);

/**
 * A roadmap is community content: a private community shows it to its ACTIVE
 * members only; a roadmap never published is shown to the authors only.
 */
export const canSeeRoadmap = (roadmap: RoadmapScope, viewer: Standing): boolean =>
  canSeeInside(roadmap.visibility, viewer) && (roadmap.version > 0 || canAuthor(viewer));

/** Moderators see the working draft; everyone else the latest published version. */
export const seesDraft = (viewer: Standing): boolean => canAuthor(viewer);
