/**
 * Naive status quo reachability (Li, Kilgour & Hipel 2005, "Status quo analysis in the graph
 * model for conflict resolution", JORS 56:699–707): enumerate every legal path from the status
 * quo — no effective mover moves twice in a row — up to `maxDepth` moves, by plain depth-first
 * search without memoization. Exponential; for property tests on small models only.
 */
import type { NaiveGraph } from './naiveGraph.ts';

export interface StatusQuoNaiveResult {
  /** Per state: length of the shortest legal path from the status quo, or -1. */
  distance: number[];
  /** Per state: length of the shortest legal path of unilateral improvements, or -1. */
  improvementDistance: number[];
}

/** Shortest legal path lengths from `from`, by exhaustive path enumeration up to `maxDepth`. */
export function statusQuoNaive(
  graph: NaiveGraph,
  from: number,
  maxDepth: number,
): StatusQuoNaiveResult {
  const distance = new Array<number>(graph.stateCount).fill(-1);
  const improvementDistance = new Array<number>(graph.stateCount).fill(-1);
  const record = (into: number[], s: number, depth: number): void => {
    const known = into[s] ?? -1;
    if (known === -1 || depth < known) into[s] = depth;
  };
  const walk = (s: number, last: number, depth: number, improvementsOnly: boolean): void => {
    record(distance, s, depth);
    if (improvementsOnly) record(improvementDistance, s, depth);
    if (depth === maxDepth) return;
    for (let mover = 0; mover < graph.moverCount; mover++) {
      if (mover === last) continue;
      for (const to of graph.moves(mover, s)) {
        walk(to, mover, depth + 1, improvementsOnly && graph.prefers(mover, to, s));
      }
    }
  };
  walk(from, -1, 0, true);
  return { distance, improvementDistance };
}
