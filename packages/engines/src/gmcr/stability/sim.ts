/**
 * Simultaneous sanctioning, SIM (Fang, Hipel & Kilgour 1989, "Conflict models in graph form:
 * solution concepts and their interrelationships", EJOR 41:86–100; Fang, Hipel & Kilgour 1993,
 * §3.3): s is SIM stable for i iff for every s1 ∈ R⁺_i(s) the other movers, moving at the same
 * time as i, can produce a state i likes no better than s.
 *
 * Precisely, as computed here: each other mover j independently either stays or takes one of
 * its unilateral improvements t_j ∈ R⁺_j(s) from s. Movers control disjoint options, so the
 * moves combine into the state whose decimal is
 *
 *     dec(s1) XOR ⊕_j (dec(t_j) XOR dec(s))
 *
 * — i's option changes and every mover's option changes all applied to s. Combinations that
 * give an infeasible decimal are skipped (not sanctions). Irreversibility holds automatically
 * because every component move respects it from s; misperception is not re-applied to the
 * combined state (each component is already a move its mover perceives). s1 is sanctioned when
 * some combination's result s2 has s2 ≾_i s. GMCR+ 0.4.1 consumes its combination iterator on
 * the first UI, so it never sanctions a second UI (see docs/gmcr.md); here every UI is tested.
 *
 * Cost: per UI, up to Π_j (1 + |R⁺_j(s)|) combinations, searched depth-first with early exit.
 */
import type { Move } from '../types.ts';
import type { MoveStructure } from '../moveStructure.ts';
import { isSanction } from '../moveStructure.ts';
import { everyImprovementSanctioned } from './everyImprovementSanctioned.ts';

export function simStability(
  structure: MoveStructure,
  focal: number,
  signal?: AbortSignal,
): Uint8Array {
  const chosen = new Int32Array(structure.movers.length);
  return everyImprovementSanctioned(
    structure,
    focal,
    (s, s1) => simultaneousSanction(structure, focal, s, s1, chosen),
    signal,
  );
}

/**
 * The opponents' simultaneous moves from s that, combined with the focal mover's move s → s1,
 * reach a state no better than s for it; each move has `from = s`. Null when none does.
 */
export function findSimSanction(
  structure: MoveStructure,
  focal: number,
  s: number,
  s1: number,
): Move[] | null {
  const chosen = new Int32Array(structure.movers.length);
  if (!simultaneousSanction(structure, focal, s, s1, chosen)) return null;
  const moves: Move[] = [];
  chosen.forEach((to, mover) => {
    if (mover !== focal && to >= 0) moves.push({ from: s, to, mover, improvement: true });
  });
  return moves;
}

/** Depth-first search over the opponents' choices; fills `chosen` (−1 = stays) on success. */
function simultaneousSanction(
  structure: MoveStructure,
  focal: number,
  s: number,
  s1: number,
  chosen: Int32Array,
): boolean {
  const { decimals } = structure.model;
  const base = decimals[s]!;
  const d = structure.movers.length;
  const search = (j: number, decimal: number, anyMoved: boolean): boolean => {
    if (j === d) {
      if (!anyMoved) return false;
      const s2 = structure.model.indexOf(decimal >>> 0);
      return s2 >= 0 && isSanction(structure, focal, s, s2);
    }
    chosen[j] = -1;
    if (search(j + 1, decimal, anyMoved)) return true;
    if (j === focal) return false;
    const { offsets, targets } = structure.improvements[j]!;
    for (let e = offsets[s]!; e < offsets[s + 1]!; e++) {
      const t = targets[e]!;
      chosen[j] = t;
      if (search(j + 1, decimal ^ (decimals[t]! ^ base), true)) return true;
    }
    chosen[j] = -1;
    return false;
  };
  return search(0, decimals[s1]!, false);
}
