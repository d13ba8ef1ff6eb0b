/**
 * Sequential stability, SEQ (Fraser & Hipel 1979, 1984; Fang, Hipel & Kilgour 1993, §3.2):
 * s is SEQ stable for i iff for every s1 ∈ R⁺_i(s) there is s2 ∈ R⁺_{N−i}(s1) with s2 ≾_i s.
 * R⁺_{N−i}(s1) is R_{N−i}(s1) restricted to credible moves: every move of the sequence is a
 * unilateral improvement for its mover from where it is made. A mover may move again later in
 * the sequence (just not twice in a row) — GMCR+ 0.4.1 forbids that, which is wrong for 3 or
 * more decision makers (see docs/gmcr.md).
 *
 * Computed like GMR (gmr.ts) on the UI graphs instead of the move graphs.
 */
import type { MoveStructure } from '../moveStructure.ts';
import { opponentReachMin } from './opponentReachMin.ts';
import {
  everyImprovementSanctioned,
  someMemberReachesNoBetter,
} from './everyImprovementSanctioned.ts';

export function seqStability(
  structure: MoveStructure,
  focal: number,
  signal?: AbortSignal,
): Uint8Array {
  const { members } = structure.movers[focal]!;
  const { payoffs } = structure.model;
  const minima = members.map((dm) =>
    opponentReachMin(structure.improvements, focal, payoffs[dm]!, signal),
  );
  return everyImprovementSanctioned(
    structure,
    focal,
    someMemberReachesNoBetter(members, payoffs, minima),
    signal,
  );
}
