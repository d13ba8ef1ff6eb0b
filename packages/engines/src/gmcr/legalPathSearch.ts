/**
 * Breadth-first search over legal move sequences from one state (Li, Kilgour & Hipel 2005,
 * "Status quo analysis in the graph model for conflict resolution", JORS 56:699–707): a
 * sequence is legal when no effective mover moves twice in a row (a mover may move again after
 * another has moved).
 *
 * The search runs on nodes (x, k) = "at state x, mover k moved last" (k = −1 at the start), with
 * an edge (x, k) → (y, j) for j ≠ k and y ∈ R_j(x). The first time a state appears in the BFS
 * order is the length of its shortest legal path. Node ids are x · (m + 1) + (k + 1) for m movers,
 * held in typed arrays: O(n · m) memory and O(m · moves) time.
 *
 * In option-form models every R_i is transitive (two consecutive moves by i can be merged into
 * one), so the rule never changes which states are reachable; it matters in graph-form models
 * whose move graphs are arbitrary (Kilgour, Hipel & Fang 1987), and it always shapes the paths.
 */
import type { Csr } from '../shared/csr.ts';
import { throwIfAborted } from '../shared/throwIfAborted.ts';

export interface LegalPathSearch {
  readonly moverCount: number;
  /** Per node: number of moves from the start, or −1 when not reached. */
  readonly depth: Int32Array;
  /** Per node: the node it was first reached from, or −1 (the start, or not reached). */
  readonly parent: Int32Array;
  /** Reached nodes in BFS order (`order.subarray(0, reached)`). */
  readonly order: Int32Array;
  readonly reached: number;
  /** Per state: its first-reached node (shortest legal path), or −1. */
  readonly firstNode: Int32Array;
}

/** Node id of (state, lastMover) for m movers; lastMover −1 = nobody has moved. */
export const nodeOf = (moverCount: number, state: number, lastMover: number): number =>
  state * (moverCount + 1) + lastMover + 1;
export const stateOfNode = (moverCount: number, node: number): number =>
  Math.floor(node / (moverCount + 1));
export const moverOfNode = (moverCount: number, node: number): number =>
  (node % (moverCount + 1)) - 1;

/**
 * Every node reachable from `from` by a legal sequence of moves in `graphs` (one CSR per mover)
 * of at most `maxDepth` moves.
 */
export function searchLegalPaths(
  graphs: readonly Csr[],
  stateCount: number,
  from: number,
  maxDepth = Number.POSITIVE_INFINITY,
  signal?: AbortSignal,
): LegalPathSearch {
  const m = graphs.length;
  const nodes = stateCount * (m + 1);
  const depth = new Int32Array(nodes).fill(-1);
  const parent = new Int32Array(nodes).fill(-1);
  const order = new Int32Array(nodes);
  const firstNode = new Int32Array(stateCount).fill(-1);
  const start = nodeOf(m, from, -1);
  depth[start] = 0;
  order[0] = start;
  firstNode[from] = start;
  let reached = 1;
  for (let head = 0; head < reached; head++) {
    if ((head & 0x3fff) === 0) throwIfAborted(signal);
    const node = order[head]!;
    const d = depth[node]!;
    if (d >= maxDepth) continue;
    const x = stateOfNode(m, node);
    const last = moverOfNode(m, node);
    for (let j = 0; j < m; j++) {
      if (j === last) continue;
      const { offsets, targets } = graphs[j]!;
      for (let e = offsets[x]!; e < offsets[x + 1]!; e++) {
        const y = targets[e]!;
        const next = nodeOf(m, y, j);
        if (depth[next] !== -1) continue;
        depth[next] = d + 1;
        parent[next] = node;
        order[reached++] = next;
        if (firstNode[y] === -1) firstNode[y] = next;
      }
    }
  }
  return { moverCount: m, depth, parent, order, reached, firstNode };
}

/** The moves (from, to, mover) of the BFS-tree path from the start to `node`. */
export function pathToNode(
  search: LegalPathSearch,
  node: number,
): { from: number; to: number; mover: number }[] {
  const m = search.moverCount;
  const path: { from: number; to: number; mover: number }[] = [];
  for (let at = node; search.parent[at]! >= 0; at = search.parent[at]!) {
    const before = search.parent[at]!;
    path.push({ from: stateOfNode(m, before), to: stateOfNode(m, at), mover: moverOfNode(m, at) });
  }
  return path.reverse();
}

/** States reached, ascending. */
export function reachedStates(search: LegalPathSearch): number[] {
  const states: number[] = [];
  search.firstNode.forEach((node, s) => {
    if (node >= 0) states.push(s);
  });
  return states;
}
