/**
 * min over R_{N−i}(s1) of a per-state value, for every s1 at once.
 *
 * R_{N−i}(s1) (Fang, Hipel & Kilgour 1993, §3.2; Kilgour & Hipel 2005) is the set of states the
 * movers other than i can reach from s1 by a legal sequence: one or more moves, each by a mover
 * other than i, no mover moving twice in a row (but possibly again later). With the UI graphs
 * instead of the move graphs it is R⁺_{N−i}(s1), used by SEQ.
 *
 * Legal sequences are paths in the graph whose nodes are (x, k) = "at state x, k moved last",
 * with an edge (x, k) → (y, j) when j ∉ {i, k} and y ∈ R_j(x). Let F(y, j) be the minimum value
 * over the nodes reachable from (y, j), itself included. Then
 *
 *     min_{s2 ∈ R_{N−i}(s1)} v(s2) = min_{j ≠ i} min_{y ∈ R_j(s1)} F(y, j).
 *
 * "Minimum over the reachable set" is computed for every node at once by visiting states in
 * ascending value and flooding backwards (each node is settled by the first flood that reaches
 * it, whose value is the smallest it can reach). Node (x, k) has predecessors (w, l) for
 * w ∈ R_k^{-1}(x) and every l ∉ {i, k}, so a state's nodes are settled in at most two steps:
 * the first flood into x through mover k settles every (x, l) with l ≠ k, the next flood through
 * any other mover settles (x, k). Storing (status, first mover) per state makes the whole
 * computation O(states + moves of the opponents) time and O(states) memory — instead of one
 * breadth-first search per unilateral improvement.
 */
import type { Csr } from '../../shared/csr.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import { reverseGraph } from '../moveStructure.ts';

/** Value of an empty reach set. */
export const UNREACHABLE = 0x7fffffff;

/** Sentinel "no mover excluded" for queue entries that settle all of a state's nodes. */
const ALL = -1;

/**
 * For every state s1: the minimum of `values` over R_{N−i}(s1) built from `graphs` (one per
 * mover; `focal` = i is left out), or UNREACHABLE when the opponents cannot move from s1.
 */
export function opponentReachMin(
  graphs: readonly Csr[],
  focal: number,
  values: Int32Array,
  signal?: AbortSignal,
): Int32Array {
  const n = values.length;
  const opponents = graphs.map((_, j) => j).filter((j) => j !== focal);
  const reverse = graphs.map((graph, j) => (j === focal ? graph : reverseGraph(graph)));
  // The answer for s1 is the value of the first flood that reaches s1 through a move of an
  // opponent: each (s1, j, y) with y ∈ R_j(s1) is seen once, when node (y, j) is settled, and
  // nodes settle in ascending order of F.
  const best = new Int32Array(n).fill(UNREACHABLE);
  // Per state: 0 = no node settled, 1 = all but (x, firstMover) settled, 2 = all settled.
  const status = new Uint8Array(n);
  const firstMover = new Int32Array(n).fill(ALL);
  // Queue entry (state, code): code ≥ 0 = expand every node but (x, code); ALL = every node;
  // code ≤ −2 = expand only node (x, −code − 2). Each state enters at most twice.
  const queueState = new Int32Array(2 * n);
  const queueCode = new Int32Array(2 * n);
  let head = 0;
  let tail = 0;

  const reach = (w: number, excluded: number, value: number): void => {
    if (best[w] === UNREACHABLE) best[w] = value;
    const st = status[w]!;
    if (st === 0) {
      status[w] = 1;
      firstMover[w] = excluded;
      queueState[tail] = w;
      queueCode[tail++] = excluded;
    } else if (st === 1 && firstMover[w] !== excluded) {
      status[w] = 2;
      queueState[tail] = w;
      queueCode[tail++] = -firstMover[w]! - 2;
    }
  };

  const expand = (x: number, k: number, value: number): void => {
    const { offsets, targets } = reverse[k]!;
    for (let e = offsets[x]!; e < offsets[x + 1]!; e++) reach(targets[e]!, k, value);
  };

  const order = ascendingOrder(values);
  for (let o = 0; o < n; o++) {
    if ((o & 0xffff) === 0) throwIfAborted(signal);
    const y = order[o]!;
    const value = values[y]!;
    if (status[y] === 0) {
      status[y] = 2;
      queueState[tail] = y;
      queueCode[tail++] = ALL;
    } else if (status[y] === 1) {
      status[y] = 2;
      queueState[tail] = y;
      queueCode[tail++] = -firstMover[y]! - 2;
    }
    while (head < tail) {
      const x = queueState[head]!;
      const code = queueCode[head++]!;
      if (code <= -2) expand(x, -code - 2, value);
      else for (const k of opponents) if (k !== code) expand(x, k, value);
    }
  }
  return best;
}

/** State indices sorted by ascending value (counting sort when the value range is small). */
function ascendingOrder(values: Int32Array): Int32Array {
  const n = values.length;
  let min = UNREACHABLE;
  let max = -UNREACHABLE;
  for (let s = 0; s < n; s++) {
    if (values[s]! < min) min = values[s]!;
    if (values[s]! > max) max = values[s]!;
  }
  if (n === 0) return new Int32Array(0);
  if (max - min > 4 * n + 16) {
    return Int32Array.from({ length: n }, (_, s) => s).sort((a, b) => values[a]! - values[b]!);
  }
  const start = new Int32Array(max - min + 2);
  for (let s = 0; s < n; s++) start[values[s]! - min + 1]!++;
  for (let v = 1; v < start.length; v++) start[v]! += start[v - 1]!;
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) order[start[values[s]! - min]!++] = s;
  return order;
}
