/**
 * The shape shared by every sanction-based stability concept: s is stable for mover i when
 * every unilateral improvement s1 ∈ R⁺_i(s) is sanctioned (Fang, Hipel & Kilgour 1993, §3.2).
 * A state with no UI at all is stable (it is Nash stable).
 */
import type { MoveStructure } from '../moveStructure.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';

/** 1 where every UI s1 of `focal` from s satisfies `sanctioned(s, s1)`. */
export function everyImprovementSanctioned(
  structure: MoveStructure,
  focal: number,
  sanctioned: (s: number, s1: number) => boolean,
  signal?: AbortSignal,
): Uint8Array {
  const n = structure.model.stateCount;
  const { offsets, targets } = structure.improvements[focal]!;
  const stable = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    if ((s & 0x3fff) === 0) throwIfAborted(signal);
    let ok = 1;
    for (let e = offsets[s]!; e < offsets[s + 1]! && ok === 1; e++) {
      if (!sanctioned(s, targets[e]!)) ok = 0;
    }
    stable[s] = ok;
  }
  return stable;
}

/**
 * The sanction test for a coalition from per-member minima: some member j can be brought to a
 * state it likes no better than s, i.e. min_j[s1] ≤ p_j(s). For one decision maker this is
 * exactly "some reachable s2 has s2 ≾_i s".
 */
export function someMemberReachesNoBetter(
  members: readonly number[],
  payoffs: readonly Int32Array[],
  minima: readonly Int32Array[],
): (s: number, s1: number) => boolean {
  if (members.length === 1) {
    const p = payoffs[members[0]!]!;
    const min = minima[0]!;
    return (s, s1) => min[s1]! <= p[s]!;
  }
  return (s, s1) => members.some((dm, m) => minima[m]![s1]! <= payoffs[dm]![s]!);
}
