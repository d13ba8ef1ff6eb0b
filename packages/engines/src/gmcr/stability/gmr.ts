/**
 * General metarationality, GMR (Howard 1971; Fang, Hipel & Kilgour 1993, §3.2; Kilgour & Hipel
 * 2005): s is GMR stable for i iff for every s1 ∈ R⁺_i(s) there is s2 ∈ R_{N−i}(s1) with
 * s2 ≾_i s — the other movers, moving in any legal sequence (no mover twice in a row), can
 * reach a state i likes no better than s.
 *
 * ∃ s2 ∈ R_{N−i}(s1): p_i(s2) ≤ p_i(s)  ⇔  min_{s2 ∈ R_{N−i}(s1)} p_i(s2) ≤ p_i(s), and that
 * minimum is computed for all s1 at once (opponentReachMin.ts). For a coalition the sanction
 * test "some member j has p_j(s2) ≤ p_j(s)" splits into one minimum per member.
 */
import type { MoveStructure } from '../moveStructure.ts';
import { opponentReachMin } from './opponentReachMin.ts';
import {
  everyImprovementSanctioned,
  someMemberReachesNoBetter,
} from './everyImprovementSanctioned.ts';

export function gmrStability(
  structure: MoveStructure,
  focal: number,
  signal?: AbortSignal,
): Uint8Array {
  const { members } = structure.movers[focal]!;
  const { payoffs } = structure.model;
  const minima = members.map((dm) =>
    opponentReachMin(structure.moves, focal, payoffs[dm]!, signal),
  );
  return everyImprovementSanctioned(
    structure,
    focal,
    someMemberReachesNoBetter(members, payoffs, minima),
    signal,
  );
}
