import { isSafeHttpUrl } from '@kindling/core';
import { ResourceKind } from './roadmap.enums';

export const MAX_STEPS = 200;
export const MAX_RESOURCES_PER_STEP = 20;
export const MAX_STEP_TITLE = 140;
export const MAX_STEP_DESCRIPTION = 4000;
export const MAX_RESOURCE_TITLE = 200;
export const MAX_RESOURCE_URL = 2000;
export const MAX_ESTIMATED_HOURS = 10_000;

export interface Resource {
  title: string;
  url: string;
  kind: ResourceKind;
}

/** What an author writes for a step; position and id are the roadmap's business. */
export interface StepContent {
  title: string;
  description: string | null;
  estimatedHours: number | null;
  resources: Resource[];
  /** Steps of the same roadmap that should be settled first; the graph is acyclic. */
  prerequisiteIds: string[];
}

/**
 * A step as one version shows it (version 0 is the working draft). The id is
 * the step's identity across every version: progress is keyed by it.
 */
export interface StepView extends StepContent {
  id: string;
  roadmapId: string;
  version: number;
  position: number;
}

export const DRAFT_VERSION = 0;

/** http(s) only, no credentials: a resource link is clicked by other members (the one rule for every URL field, `isSafeHttpUrl`). */
export const isHttpUrl = (value: string): boolean => isSafeHttpUrl(value, MAX_RESOURCE_URL);
