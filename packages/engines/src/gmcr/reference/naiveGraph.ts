/**
 * The minimal view of a graph model that the naive post-analysis references need: states
 * 0..stateCount-1, effective movers 0..moverCount-1, each mover's moves, and each mover's strict
 * preference. Kept free of the fast engine's data structures so the references read straight from
 * the definitions (Fang, Hipel & Kilgour 1993, ch. 2–4).
 */
import type { MoveStructure } from '../moveStructure.ts';
import { movesFrom } from '../analyze.ts';

export interface NaiveGraph {
  stateCount: number;
  moverCount: number;
  /** R_i(s): the states mover `mover` can reach from `s` in one move. */
  moves(mover: number, s: number): readonly number[];
  /** a ≻_i b (for a coalition: every member strictly prefers a). */
  prefers(mover: number, a: number, b: number): boolean;
}

/** The naive view of an analysis (or of any move structure). */
export function naiveGraphOf(structure: MoveStructure): NaiveGraph {
  return {
    stateCount: structure.model.stateCount,
    moverCount: structure.movers.length,
    moves: (mover, s) => movesFrom(structure, mover, s),
    prefers: (mover, a, b) =>
      structure.movers[mover]!.members.every(
        (dm) => structure.model.payoffs[dm]![a]! > structure.model.payoffs[dm]![b]!,
      ),
  };
}
