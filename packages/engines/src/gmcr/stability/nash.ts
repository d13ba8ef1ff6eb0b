/**
 * Nash stability, R (Nash 1950; Howard 1971 "rational"; Fang, Hipel & Kilgour 1993, §3.2):
 * s is Nash stable for i iff R⁺_i(s) = ∅ — the mover has no unilateral improvement from s.
 * For a coalition, R⁺ holds the moves every member strictly prefers (see moves.ts).
 */
import type { MoveStructure } from '../moveStructure.ts';

export function nashStability(structure: MoveStructure, focal: number): Uint8Array {
  const { offsets } = structure.improvements[focal]!;
  const n = structure.model.stateCount;
  const stable = new Uint8Array(n);
  for (let s = 0; s < n; s++) stable[s] = offsets[s] === offsets[s + 1] ? 1 : 0;
  return stable;
}
