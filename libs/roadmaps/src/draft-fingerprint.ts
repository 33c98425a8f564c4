import { createHash } from 'node:crypto';
import { StepView } from './step-content';

/**
 * A digest of everything a version shows about its steps (ids, order, content,
 * prerequisites). Stored for the draft after every edit and copied at
 * publish, so "the draft differs from the latest published version" is one
 * comparison, exact whatever sequence of edits led there.
 */
export function fingerprint(steps: readonly StepView[]): string {
  const canonical = [...steps]
    .sort((a, b) => a.position - b.position)
    .map((s) => [
      s.id,
      s.title,
      s.description,
      s.estimatedHours,
      s.resources.map((r) => [r.title, r.url, r.kind]),
      [...s.prerequisiteIds].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1)),
    ]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
