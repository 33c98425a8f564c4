import { isSettled, StepStatus } from './roadmap.enums';

export interface StepNode {
  id: string;
  prerequisiteIds: readonly string[];
}

const WHITE = 0;
const GREY = 1;
const BLACK = 2;

/**
 * A cycle in the prerequisite graph (edges go from a step to each of its
 * prerequisites), as the ids on it in edge order (each requires the next, the
 * last requires the first), or null when the graph is acyclic. Prerequisites
 * that name no node are ignored. Iterative depth-first search: no recursion
 * limit, linear in steps + edges.
 */
export function findCycle(nodes: readonly StepNode[]): string[] | null {
  const ids = new Set(nodes.map((n) => n.id));
  const edges = new Map(nodes.map((n) => [n.id, n.prerequisiteIds.filter((p) => ids.has(p))]));
  const color = new Map<string, number>(nodes.map((n) => [n.id, WHITE]));
  for (const root of nodes) {
    if (color.get(root.id) !== WHITE) continue;
    const path: string[] = [root.id];
    const cursor: number[] = [0];
    color.set(root.id, GREY);
    while (path.length > 0) {
      const top = path[path.length - 1];
      const next = edges.get(top)![cursor[cursor.length - 1]++];
      if (next === undefined) {
        color.set(top, BLACK);
        path.pop();
        cursor.pop();
      } else if (color.get(next) === GREY) {
        return path.slice(path.indexOf(next));
      } else if (color.get(next) === WHITE) {
        color.set(next, GREY);
        path.push(next);
        cursor.push(0);
      }
    }
  }
  return null;
}

/** The steps whose prerequisites (among `nodes`) are all DONE or SKIPPED. */
export function unlockedIds(nodes: readonly StepNode[], statusOf: (id: string) => StepStatus | undefined): Set<string> {
  const present = new Set(nodes.map((n) => n.id));
  return new Set(nodes.filter((n) => n.prerequisiteIds.every((p) => !present.has(p) || isSettled(statusOf(p)))).map((n) => n.id));
}

/** Share of `nodes` that are DONE or SKIPPED, 0..1 (0 for no steps). */
export function progressOf(nodes: readonly StepNode[], statusOf: (id: string) => StepStatus | undefined): number {
  if (nodes.length === 0) return 0;
  return nodes.filter((n) => isSettled(statusOf(n.id))).length / nodes.length;
}
