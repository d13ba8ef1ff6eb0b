/**
 * Symmetric metarationality, SMR (Howard 1971; Fang, Hipel & Kilgour 1993, §3.2): s is SMR
 * stable for i iff for every s1 ∈ R⁺_i(s) there is s2 ∈ R_{N−i}(s1) with s2 ≾_i s and
 * s3 ≾_i s for every s3 ∈ R_i(s2) — the sanction holds even after i's counter-move.
 *
 * For one decision maker, let q(s2) = max(p_i(s2), max_{s3 ∈ R_i(s2)} p_i(s3)). Then s2 is an
 * SMR sanction of s iff q(s2) ≤ p_i(s), so s1 is sanctioned iff min_{R_{N−i}(s1)} q ≤ p_i(s):
 * the GMR computation with q instead of p (opponentReachMin.ts).
 *
 * For a coalition (sanction = some member does not strictly gain, possibly a different member
 * for s2 and for each s3) that reduction is only a sufficient condition when applied per member;
 * GMR stability is a necessary one. The UIs the two bounds leave undecided are settled by an
 * explicit breadth-first search of R_{N−i}(s1) (opponentReachSearch.ts).
 */
import type { MoveStructure } from '../moveStructure.ts';
import { isSanction } from '../moveStructure.ts';
import { opponentReachMin } from './opponentReachMin.ts';
import {
  everyImprovementSanctioned,
  someMemberReachesNoBetter,
} from './everyImprovementSanctioned.ts';
import { searchOpponentReach } from './opponentReachSearch.ts';

export function smrStability(
  structure: MoveStructure,
  focal: number,
  signal?: AbortSignal,
): Uint8Array {
  const { members } = structure.movers[focal]!;
  const { payoffs } = structure.model;
  const countered = members.map((dm) => withCounterMoves(structure, focal, payoffs[dm]!));
  const smrMinima = countered.map((q) => opponentReachMin(structure.moves, focal, q, signal));
  const surelySanctioned = someMemberReachesNoBetter(members, payoffs, smrMinima);
  if (members.length === 1)
    return everyImprovementSanctioned(structure, focal, surelySanctioned, signal);

  const gmrMinima = members.map((dm) =>
    opponentReachMin(structure.moves, focal, payoffs[dm]!, signal),
  );
  const possiblySanctioned = someMemberReachesNoBetter(members, payoffs, gmrMinima);
  const sanctioned = (s: number, s1: number): boolean =>
    surelySanctioned(s, s1) ||
    (possiblySanctioned(s, s1) &&
      searchOpponentReach(
        structure,
        structure.moves,
        focal,
        s1,
        smrSanction(structure, focal, s),
      ) !== null);
  return everyImprovementSanctioned(structure, focal, sanctioned, signal);
}

/** Whether s2 is an SMR sanction of s for the focal mover: s2 ≾ s and every s3 ∈ R_i(s2) ≾ s. */
export function smrSanction(
  structure: MoveStructure,
  focal: number,
  s: number,
): (s2: number) => boolean {
  const { offsets, targets } = structure.moves[focal]!;
  return (s2) => {
    if (!isSanction(structure, focal, s, s2)) return false;
    for (let e = offsets[s2]!; e < offsets[s2 + 1]!; e++) {
      if (!isSanction(structure, focal, s, targets[e]!)) return false;
    }
    return true;
  };
}

/** q(s2) = max(p(s2), max over the focal mover's moves s3 from s2 of p(s3)). */
function withCounterMoves(structure: MoveStructure, focal: number, payoff: Int32Array): Int32Array {
  const { offsets, targets } = structure.moves[focal]!;
  const q = payoff.slice();
  for (let s2 = 0; s2 < q.length; s2++) {
    let max = q[s2]!;
    for (let e = offsets[s2]!; e < offsets[s2 + 1]!; e++)
      if (payoff[targets[e]!]! > max) max = payoff[targets[e]!]!;
    q[s2] = max;
  }
  return q;
}
