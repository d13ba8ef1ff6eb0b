/**
 * Witnesses for explanations: how the other movers sanction a unilateral improvement s → s1 of
 * a focal mover under a given stability concept (definitions in stability/*.ts).
 *
 * - gmr: the shortest legal sequence of the others' moves from s1 to some s2 ≾ s.
 * - seq: the same with every move a unilateral improvement for its mover.
 * - smr: the same as gmr, to an s2 from which every counter-move of the focal mover is also ≾ s.
 * - sim: the others' simultaneous moves from s (each with `from = s`) that, applied together
 *   with s → s1, give a state ≾ s.
 * - nash: never a sanction (Nash stability does not consider the others' responses).
 *
 * Returns null when the improvement is not sanctioned under the concept.
 */
import type { Move, StabilityConcept } from './types.ts';
import { isSanction, type MoveStructure } from './moveStructure.ts';
import { searchOpponentReach } from './stability/opponentReachSearch.ts';
import { smrSanction } from './stability/smr.ts';
import { findSimSanction } from './stability/sim.ts';

export function findSanction(
  structure: MoveStructure,
  concept: StabilityConcept,
  mover: number,
  s: number,
  s1: number,
): Move[] | null {
  const noBetter = (s2: number): boolean => isSanction(structure, mover, s, s2);
  switch (concept) {
    case 'nash':
      return null;
    case 'gmr':
      return searchOpponentReach(structure, structure.moves, mover, s1, noBetter);
    case 'seq':
      return searchOpponentReach(structure, structure.improvements, mover, s1, noBetter);
    case 'smr':
      return searchOpponentReach(
        structure,
        structure.moves,
        mover,
        s1,
        smrSanction(structure, mover, s),
      );
    case 'sim':
      return findSimSanction(structure, mover, s, s1);
  }
}
