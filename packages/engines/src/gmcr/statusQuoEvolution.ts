/**
 * The evolution view of a status quo analysis: every shortest legal sequence of unilateral
 * improvements from the status quo to each reachable target, merged into one DAG.
 *
 * Nodes are (state, last mover) pairs — the pair, not the state, decides who may move next — and
 * an edge is a UI (x, k) → (y, j) with depth(y, j) = depth(x, k) + 1 in the breadth-first search
 * of statusQuo.ts. A pair is kept when it lies on a shortest UI path to some target, i.e. when a
 * target's first-reached depth is attained at it or at one of its DAG successors (one sweep in
 * reverse BFS order). Repeated subtrees of GMCR+'s status quo tree collapse into shared nodes.
 */
import type { GmcrAnalysis } from './analyze.ts';
import type { Move } from './types.ts';
import { moverOfNode, nodeOf, stateOfNode, type LegalPathSearch } from './legalPathSearch.ts';

export interface EvolutionNode {
  id: number;
  state: number;
  /** The mover whose move led here, or −1 at the status quo. */
  lastMover: number;
  /** Number of moves from the status quo. */
  depth: number;
  /** Whether the state is one of the analysis targets. */
  target: boolean;
}

export interface EvolutionEdge {
  /** Node ids. */
  from: number;
  to: number;
  move: Move;
}

export interface StatusQuoEvolution {
  nodes: EvolutionNode[];
  edges: EvolutionEdge[];
  /** True when the node budget cut the DAG: only whole depth layers below the cut are kept. */
  truncated: boolean;
}

/** The DAG of shortest UI paths to the targets, at most `maxNodes` nodes (whole layers). */
export function evolutionDag(
  analysis: GmcrAnalysis,
  search: LegalPathSearch,
  targets: readonly number[],
  maxNodes: number,
): StatusQuoEvolution {
  const useful = usefulNodes(analysis, search, targets);
  const m = search.moverCount;
  const isTarget = new Set(targets);
  const kept: number[] = [];
  let truncated = false;
  for (let o = 0; o < search.reached; o++) {
    const node = search.order[o]!;
    if (o > 0 && useful[node] === 0) continue;
    kept.push(node);
  }
  if (kept.length > maxNodes) {
    truncated = true;
    const cutDepth = search.depth[kept[maxNodes]!]!;
    const within = kept.findIndex((node) => search.depth[node]! >= cutDepth);
    kept.length = Math.max(1, within);
  }
  const idOf = new Map<number, number>(kept.map((node, id) => [node, id]));
  const nodes = kept.map((node, id): EvolutionNode => ({
    id,
    state: stateOfNode(m, node),
    lastMover: moverOfNode(m, node),
    depth: search.depth[node]!,
    target: isTarget.has(stateOfNode(m, node)),
  }));
  const edges: EvolutionEdge[] = [];
  for (const node of kept) {
    forEachDagSuccessor(analysis, search, node, (next, move) => {
      const to = idOf.get(next);
      if (to !== undefined) edges.push({ from: idOf.get(node)!, to, move });
    });
  }
  return { nodes, edges, truncated };
}

/** 1 for every node on a shortest UI path to a target (reverse-BFS sweep). */
function usefulNodes(
  analysis: GmcrAnalysis,
  search: LegalPathSearch,
  targets: readonly number[],
): Uint8Array {
  const m = search.moverCount;
  const useful = new Uint8Array(search.depth.length);
  for (const t of targets) {
    const first = search.firstNode[t]!;
    if (first < 0) continue;
    const shortest = search.depth[first]!;
    for (let last = -1; last < m; last++) {
      const node = nodeOf(m, t, last);
      if (search.depth[node] === shortest) useful[node] = 1;
    }
  }
  for (let o = search.reached - 1; o >= 0; o--) {
    const node = search.order[o]!;
    if (useful[node] === 1) continue;
    forEachDagSuccessor(analysis, search, node, (next) => {
      if (useful[next] === 1) useful[node] = 1;
    });
  }
  return useful;
}

/** Calls `visit` for each UI edge from `node` to a node one layer deeper in the BFS. */
function forEachDagSuccessor(
  analysis: GmcrAnalysis,
  search: LegalPathSearch,
  node: number,
  visit: (next: number, move: Move) => void,
): void {
  const m = search.moverCount;
  const x = stateOfNode(m, node);
  const last = moverOfNode(m, node);
  const depth = search.depth[node]!;
  for (let j = 0; j < m; j++) {
    if (j === last) continue;
    const { offsets, targets } = analysis.improvements[j]!;
    for (let e = offsets[x]!; e < offsets[x + 1]!; e++) {
      const y = targets[e]!;
      const next = nodeOf(m, y, j);
      if (search.depth[next] === depth + 1)
        visit(next, { from: x, to: y, mover: j, improvement: true });
    }
  }
}
