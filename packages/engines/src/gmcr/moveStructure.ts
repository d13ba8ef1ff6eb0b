/**
 * The dynamic part of a graph model for a given grouping of decision makers: the effective
 * movers, their moves R_i and their unilateral improvements R⁺_i (see moves.ts), plus the
 * preference tests every stability concept shares.
 *
 * Coalitional preference (GMCR+'s treatment of a fixed partition): a mover prefers a to b when
 * EVERY member strictly prefers a to b. Consequently, for a focal mover i and a state s, a state
 * s2 is a sanction (s2 ≾_i s, "not strictly better") when SOME member does not strictly prefer
 * s2 to s. For a single decision maker both reduce to the textbook tests.
 */
import type { GmcrModel } from './model.ts';
import type { Mover } from './types.ts';
import { buildMoves, improvementsOf } from './moves.ts';
import { resolveMovers } from './movers.ts';
import { transposeCsr, type Csr } from '../shared/csr.ts';

export interface MoveStructure {
  readonly model: GmcrModel;
  readonly movers: readonly Mover[];
  /** Per mover: R_i as CSR over state indices. */
  readonly moves: readonly Csr[];
  /** Per mover: R⁺_i (unilateral improvements) as CSR over state indices. */
  readonly improvements: readonly Csr[];
}

const reverseCache = new WeakMap<Csr, Csr>();

export function buildMoveStructure(
  model: GmcrModel,
  coalitions?: readonly (readonly number[])[],
): MoveStructure {
  const movers = resolveMovers(model, coalitions);
  const moves = movers.map((mover) => buildMoves(model, mover));
  movers.forEach((mover, i) => {
    // Without irreversible options a move s → t can be undone by t → s (both ends feasible and
    // perceived), so the move graph is its own reverse: no need to store it twice.
    if (!controlsIrreversible(model, mover)) reverseCache.set(moves[i]!, moves[i]!);
  });
  const improvements = movers.map((mover, i) => improvementsOf(model, mover, moves[i]!));
  return { model, movers, moves, improvements };
}

/** The reverse of a move graph, computed once per graph. */
export function reverseGraph(graph: Csr): Csr {
  let reversed = reverseCache.get(graph);
  if (reversed === undefined) {
    reversed = transposeCsr(graph);
    reverseCache.set(graph, reversed);
  }
  return reversed;
}

function controlsIrreversible(model: GmcrModel, mover: Mover): boolean {
  const irreversible = model.forwardOnlyMask | model.backwardOnlyMask;
  return mover.members.some((dm) => (model.optionMasks[dm]! & irreversible) !== 0);
}

/** Whether mover `mover` strictly prefers state a to state b (every member does). */
export function prefers(structure: MoveStructure, mover: number, a: number, b: number): boolean {
  const { payoffs } = structure.model;
  return structure.movers[mover]!.members.every((dm) => payoffs[dm]![a]! > payoffs[dm]![b]!);
}

/** s2 ≾_i s: s2 is not strictly preferred to s by the mover, i.e. it sanctions a move away from s. */
export function isSanction(
  structure: MoveStructure,
  mover: number,
  s: number,
  s2: number,
): boolean {
  return !prefers(structure, mover, s2, s);
}

/** The out-neighbours of a state in a move graph, as a view (no copy). */
export function row(graph: Csr, state: number): Int32Array {
  return graph.targets.subarray(graph.offsets[state], graph.offsets[state + 1]);
}
