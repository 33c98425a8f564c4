import { ResourceKind } from './roadmap.enums';
import { RoadmapsErrorCode, roadmapsError } from './roadmaps.exception';
import {
  isHttpUrl,
  MAX_ESTIMATED_HOURS,
  MAX_RESOURCE_TITLE,
  MAX_RESOURCE_URL,
  MAX_RESOURCES_PER_STEP,
  MAX_STEP_DESCRIPTION,
  MAX_STEP_TITLE,
  MAX_STEPS,
  Resource,
  StepContent,
} from './step-content';

/** What a caller may send for a step; absent fields keep their value on update. */
export interface StepInput {
  title?: string;
  description?: string | null;
  estimatedHours?: number | null;
  resources?: ReadonlyArray<Resource> | null;
  prerequisiteIds?: readonly string[] | null;
}

const bad = (field: string, message: string) => roadmapsError(RoadmapsErrorCode.INVALID_STEP, message, field);

/**
 * The service-side check of step content (the API validates the same before
 * any resolver runs; this keeps the rule with the feature for every caller).
 * Fields are named as the API names them: `title`, `resources.2.url`. Returns
 * the content fields only, whatever else `current` carries.
 */
export function applyStepInput(current: StepContent, input: StepInput): StepContent {
  const next: StepContent = {
    title: current.title,
    description: current.description,
    estimatedHours: current.estimatedHours,
    resources: current.resources,
    prerequisiteIds: current.prerequisiteIds,
  };
  if (input.title !== undefined) {
    const title = input.title.trim();
    if (!title || title.length > MAX_STEP_TITLE) throw bad('title', `title must be 1 to ${MAX_STEP_TITLE} characters`);
    next.title = title;
  }
  if (input.description !== undefined) {
    const description = input.description?.trim() || null;
    if (description && description.length > MAX_STEP_DESCRIPTION)
      throw bad('description', `description must be at most ${MAX_STEP_DESCRIPTION} characters`);
    next.description = description;
  }
  if (input.estimatedHours !== undefined) {
    const hours = input.estimatedHours;
    if (hours !== null && (!Number.isInteger(hours) || hours < 0 || hours > MAX_ESTIMATED_HOURS)) {
      throw bad('estimatedHours', `estimatedHours must be a whole number from 0 to ${MAX_ESTIMATED_HOURS}`);
    }
    next.estimatedHours = hours;
  }
  if (input.resources !== undefined) next.resources = checkResources(input.resources ?? []);
  if (input.prerequisiteIds !== undefined) {
    const ids = [...new Set(input.prerequisiteIds ?? [])];
    if (ids.length > MAX_STEPS)
      throw roadmapsError(
        RoadmapsErrorCode.INVALID_PREREQUISITES,
        `prerequisiteIds may list at most ${MAX_STEPS} steps`,
        'prerequisiteIds',
      );
    next.prerequisiteIds = ids;
  }
  return next;
}

function checkResources(resources: ReadonlyArray<Resource>): Resource[] {
  if (resources.length > MAX_RESOURCES_PER_STEP) throw bad('resources', `resources may list at most ${MAX_RESOURCES_PER_STEP} links`);
  return resources.map((r, i) => {
    const title = r.title.trim();
    const url = r.url.trim();
    if (!title || title.length > MAX_RESOURCE_TITLE)
      throw bad(`resources.${i}.title`, `resources.${i}.title must be 1 to ${MAX_RESOURCE_TITLE} characters`);
    if (url.length > MAX_RESOURCE_URL || !isHttpUrl(url))
      throw bad(`resources.${i}.url`, `resources.${i}.url must be an http or https URL`);
    if (!Object.values(ResourceKind).includes(r.kind)) throw bad(`resources.${i}.kind`, `resources.${i}.kind is not a resource kind`);
    return { title, url, kind: r.kind };
  });
}

export const EMPTY_STEP: StepContent = { title: '', description: null, estimatedHours: null, resources: [], prerequisiteIds: [] };
