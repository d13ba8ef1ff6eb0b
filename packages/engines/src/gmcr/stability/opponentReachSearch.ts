/**
 * Explicit search of R_{N−i}(s1) (or R⁺_{N−i}(s1) on the UI graphs) by breadth-first search over
 * (state, last mover) pairs — the legal sequences of Fang, Hipel & Kilgour 1993, §3.2: each move
 * by a mover other than i, no mover twice in a row. Returns the shortest sequence of moves that
 * reaches a state accepted by the caller, as a witness for explanations and for the cases the
 * closed-form minimum cannot decide (coalition SMR).
 *
 * Buffers (two Int32Array of states × movers) are allocated once per move structure and reused;
 * a generation stamp avoids clearing them between searches.
 */
import type { Csr } from '../../shared/csr.ts';
import type { Move } from '../types.ts';
import type { MoveStructure } from '../moveStructure.ts';

interface SearchBuffers {
  stamp: Int32Array;
  parent: Int32Array;
  queue: Int32Array;
  generation: number;
}

const buffersByStructure = new WeakMap<MoveStructure, SearchBuffers>();

function buffersFor(structure: MoveStructure): SearchBuffers {
  let buffers = buffersByStructure.get(structure);
  if (buffers === undefined) {
    const nodes = structure.model.stateCount * structure.movers.length;
    buffers = {
      stamp: new Int32Array(nodes),
      parent: new Int32Array(nodes),
      queue: new Int32Array(nodes),
      generation: 0,
    };
    buffersByStructure.set(structure, buffers);
  }
  return buffers;
}

/**
 * The shortest legal sequence of moves by the movers other than `focal`, starting at `start`,
 * whose final state satisfies `accept`; null when no reachable state does. `graphs` is
 * `structure.moves` (R_{N−i}) or `structure.improvements` (R⁺_{N−i}).
 */
export function searchOpponentReach(
  structure: MoveStructure,
  graphs: readonly Csr[],
  focal: number,
  start: number,
  accept: (state: number) => boolean,
): Move[] | null {
  const d = structure.movers.length;
  const buffers = buffersFor(structure);
  const { stamp, parent, queue } = buffers;
  const generation = ++buffers.generation;
  let head = 0;
  let tail = 0;
  const visit = (state: number, mover: number, from: number): number => {
    const node = state * d + mover;
    if (stamp[node] === generation) return -1;
    stamp[node] = generation;
    parent[node] = from;
    queue[tail++] = node;
    return accept(state) ? node : -1;
  };
  const expand = (x: number, lastMover: number, from: number): number => {
    for (let j = 0; j < d; j++) {
      if (j === focal || j === lastMover) continue;
      const { offsets, targets } = graphs[j]!;
      for (let e = offsets[x]!; e < offsets[x + 1]!; e++) {
        const found = visit(targets[e]!, j, from);
        if (found >= 0) return found;
      }
    }
    return -1;
  };
  let found = expand(start, -1, -1);
  while (found < 0 && head < tail) {
    const node = queue[head++]!;
    found = expand(Math.floor(node / d), node % d, node);
  }
  return found < 0
    ? null
    : pathTo(structure, found, start, parent, graphs === structure.improvements);
}

function pathTo(
  structure: MoveStructure,
  node: number,
  start: number,
  parent: Int32Array,
  credible: boolean,
): Move[] {
  const d = structure.movers.length;
  const moves: Move[] = [];
  for (let at = node; at >= 0; at = parent[at]!) {
    const from = parent[at]! >= 0 ? Math.floor(parent[at]! / d) : start;
    const to = Math.floor(at / d);
    const mover = at % d;
    const improvement =
      credible ||
      !structure.movers[mover]!.members.some((dm) => {
        const p = structure.model.payoffs[dm]!;
        return p[to]! <= p[from]!;
      });
    moves.push({ from, to, mover, improvement });
  }
  return moves.reverse();
}
