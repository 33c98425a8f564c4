import { DRAFT_VERSION, StepView } from './step-content';
import { RoadmapStepEntity } from './roadmap-step.entity';
import { RoadmapVersionStepEntity } from './roadmap-version-step.entity';

export const draftStepView = (row: RoadmapStepEntity): StepView => ({
  id: row.id,
  roadmapId: row.roadmapId,
  version: DRAFT_VERSION,
  position: row.position,
  title: row.title,
  description: row.description,
  estimatedHours: row.estimatedHours,
  resources: row.resources,
  prerequisiteIds: row.prerequisiteIds,
});

export const versionStepView = (row: RoadmapVersionStepEntity): StepView => ({
  id: row.stepId,
  roadmapId: row.roadmapId,
  version: row.version,
  position: row.position,
  title: row.title,
  description: row.description,
  estimatedHours: row.estimatedHours,
  resources: row.resources,
  prerequisiteIds: row.prerequisiteIds,
});

/** Groups views by `key`, each group in position order. */
export function groupSteps<K>(views: readonly StepView[], key: (view: StepView) => K): Map<K, StepView[]> {
  const groups = new Map<K, StepView[]>();
  for (const view of [...views].sort((a, b) => a.position - b.position)) groups.set(key(view), [...(groups.get(key(view)) ?? []), view]);
  return groups;
}
