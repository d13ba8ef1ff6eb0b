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
 * ascending value and flooding backwards (each node takes the value of the first flood that
 * reaches it, which is the smallest value it can reach). Node (x, k) has predecessors
 * (w, l) for w ∈ R_k^{-1}(x) and every l ∉ {i, k}, so a state's nodes are settled in at most two
 * steps: the first flood into x through mover k settles every (x, l) with l ≠ k, the next flood
 * through any other mover settles (x, k). Storing (first mover, first value, second value) per
 * state makes the whole computation O(states + moves of the opponents) time and O(states) memory
 * — instead of one breadth-first search per unilateral improvement.
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
  const first = floodMinima(reverse, opponents, values, signal);
  const best = new Int32Array(n).fill(UNREACHABLE);
  for (const j of opponents) {
    const { offsets, targets } = graphs[j]!;
    for (let s1 = 0; s1 < n; s1++) {
      let min = best[s1]!;
      for (let e = offsets[s1]!; e < offsets[s1 + 1]!; e++) {
        const f = first.valueOf(targets[e]!, j);
        if (f < min) min = f;
      }
      best[s1] = min;
    }
  }
  return best;
}

/** F(x, k) for every node, in O(states) memory (see the file comment). */
interface NodeMinima {
  valueOf(state: number, lastMover: number): number;
}

// Per-state record, interleaved in one Int32Array so that settling a state touches one cache
// line instead of four (the flood visits states in payoff order, i.e. at random).
const STRIDE = 4;
const STATUS = 0; // 0 = no node settled, 1 = all but (x, firstMover) settled, 2 = all settled
const FIRST_MOVER = 1;
const FIRST_VALUE = 2;
const SECOND_VALUE = 3;

function floodMinima(
  reverse: readonly Csr[],
  opponents: readonly number[],
  values: Int32Array,
  signal: AbortSignal | undefined,
): NodeMinima {
  const n = values.length;
  const node = new Int32Array(n * STRIDE);
  for (let x = 0; x < n; x++) node[x * STRIDE + FIRST_MOVER] = ALL;
  // Queue entry (state, code): code ≥ 0 = expand every node but (x, code); ALL = every node;
  // code ≤ −2 = expand only node (x, −code − 2).
  const queueState = new Int32Array(2 * n);
  const queueCode = new Int32Array(2 * n);
  let head = 0;
  let tail = 0;

  const reach = (w: number, excluded: number, value: number): void => {
    const at = w * STRIDE;
    const status = node[at + STATUS]!;
    if (status === 0) {
      node[at + STATUS] = 1;
      node[at + FIRST_MOVER] = excluded;
      node[at + FIRST_VALUE] = value;
      queueState[tail] = w;
      queueCode[tail++] = excluded;
    } else if (status === 1 && node[at + FIRST_MOVER] !== excluded) {
      node[at + STATUS] = 2;
      node[at + SECOND_VALUE] = value;
      queueState[tail] = w;
      queueCode[tail++] = -node[at + FIRST_MOVER]! - 2;
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
    const at = y * STRIDE;
    if (node[at + STATUS] === 0) {
      node[at + STATUS] = 2;
      node[at + FIRST_VALUE] = value;
      node[at + SECOND_VALUE] = value;
      queueState[tail] = y;
      queueCode[tail++] = ALL;
    } else if (node[at + STATUS] === 1) {
      node[at + STATUS] = 2;
      node[at + SECOND_VALUE] = value;
      queueState[tail] = y;
      queueCode[tail++] = -node[at + FIRST_MOVER]! - 2;
    }
    while (head < tail) {
      const x = queueState[head]!;
      const code = queueCode[head++]!;
      if (code <= -2) expand(x, -code - 2, value);
      else for (const k of opponents) if (k !== code) expand(x, k, value);
    }
  }
  return {
    valueOf: (state, lastMover) => {
      const at = state * STRIDE;
      return node[at + (lastMover === node[at + FIRST_MOVER] ? SECOND_VALUE : FIRST_VALUE)]!;
    },
  };
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
