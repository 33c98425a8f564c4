import { StepStatus } from './roadmap.enums';
import { findCycle, progressOf, StepNode, unlockedIds } from './step-graph';

const graph = (edges: Record<string, string[]>): StepNode[] =>
  Object.entries(edges).map(([id, prerequisiteIds]) => ({ id, prerequisiteIds }));

/** A cycle is valid when each id requires the next and the last requires the first. */
function expectValidCycle(nodes: StepNode[], cycle: string[] | null): void {
  expect(cycle).not.toBeNull();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  cycle!.forEach((id, i) => expect(byId.get(id)!.prerequisiteIds).toContain(cycle![(i + 1) % cycle!.length]));
  expect(new Set(cycle).size).toBe(cycle!.length);
}

/** A tiny seeded PRNG (mulberry32), so random graphs are reproducible. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('findCycle', () => {
  it('finds none in an empty graph, a chain, a diamond or a forest', () => {
    expect(findCycle([])).toBeNull();
    expect(findCycle(graph({ a: [], b: ['a'], c: ['b'], d: ['c'] }))).toBeNull();
    expect(findCycle(graph({ a: [], b: ['a'], c: ['a'], d: ['b', 'c'] }))).toBeNull();
    expect(findCycle(graph({ a: [], b: ['a'], x: [], y: ['x'], z: ['x', 'y'] }))).toBeNull();
  });

  it('finds a step that requires itself', () => {
    expect(findCycle(graph({ a: [], b: ['b'] }))).toEqual(['b']);
  });

  it('finds a two-step cycle', () => {
    const nodes = graph({ a: ['b'], b: ['a'] });
    expectValidCycle(nodes, findCycle(nodes));
  });

  it('names only the steps on the cycle, not those leading to it', () => {
    const nodes = graph({ entry: ['a'], a: ['b'], b: ['c'], c: ['a'], tail: [] });
    const cycle = findCycle(nodes)!;
    expectValidCycle(nodes, cycle);
    expect([...cycle].sort()).toEqual(['a', 'b', 'c']);
  });

  it('ignores prerequisites that name no step', () => {
    expect(findCycle(graph({ a: ['ghost'], b: ['a', 'ghost'] }))).toBeNull();
  });

  it('handles a 200-step chain closed into a cycle without recursion', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 200; i++) edges[`s${i}`] = [`s${(i + 1) % 200}`];
    const nodes = graph(edges);
    const cycle = findCycle(nodes)!;
    expect(cycle).toHaveLength(200);
    expectValidCycle(nodes, cycle);
  });

  it('agrees with a topological sort on 500 random graphs', () => {
    const random = prng(42);
    for (let round = 0; round < 500; round++) {
      const size = 1 + Math.floor(random() * 12);
      const nodes: StepNode[] = Array.from({ length: size }, (_, i) => ({
        id: String(i),
        prerequisiteIds: Array.from({ length: size }, (_, j) => String(j)).filter(() => random() < 0.15),
      }));
      const cycle = findCycle(nodes);
      // Kahn's algorithm: the graph is acyclic exactly when every node can be removed.
      const remaining = new Map(nodes.map((n) => [n.id, new Set(n.prerequisiteIds)]));
      let removed = true;
      while (removed) {
        removed = false;
        for (const [id, prerequisites] of remaining) {
          if ([...prerequisites].every((p) => !remaining.has(p))) {
            remaining.delete(id);
            removed = true;
          }
        }
      }
      if (remaining.size === 0) expect(cycle).toBeNull();
      else expectValidCycle(nodes, cycle);
    }
  });
});

describe('unlockedIds and progressOf', () => {
  const nodes = graph({ a: [], b: ['a'], c: ['a', 'b'], d: ['gone'] });
  const statuses = (map: Record<string, StepStatus>) => (id: string) => map[id];

  it('unlocks steps without prerequisites, and those whose prerequisites are DONE or SKIPPED', () => {
    expect([...unlockedIds(nodes, statuses({}))].sort()).toEqual(['a', 'd']);
    expect([...unlockedIds(nodes, statuses({ a: StepStatus.IN_PROGRESS }))].sort()).toEqual(['a', 'd']);
    expect([...unlockedIds(nodes, statuses({ a: StepStatus.DONE }))].sort()).toEqual(['a', 'b', 'd']);
    expect([...unlockedIds(nodes, statuses({ a: StepStatus.SKIPPED, b: StepStatus.DONE }))].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts DONE and SKIPPED over all steps', () => {
    expect(progressOf([], statuses({}))).toBe(0);
    expect(progressOf(nodes, statuses({}))).toBe(0);
    expect(progressOf(nodes, statuses({ a: StepStatus.DONE, b: StepStatus.SKIPPED, c: StepStatus.IN_PROGRESS }))).toBe(0.5);
    expect(progressOf(nodes, statuses({ a: StepStatus.DONE, b: StepStatus.DONE, c: StepStatus.SKIPPED, d: StepStatus.DONE }))).toBe(1);
  });
});
