/**
 * Unilateral moves R_i(s) (Fang, Hipel & Kilgour 1993, §2.2; Kilgour & Hipel 2005): the states a
 * mover can reach from s in one step by changing any non-empty subset of the options it
 * controls, and nothing else.
 *
 * - The target must be feasible.
 * - Irreversibility: a forward-only option may only go N → Y and a backward-only option only
 *   Y → N. A change that flips such an option the wrong way is not a move at all, whatever else
 *   it changes.
 * - Misperception: a mover cannot move from or to a state it does not perceive. A coalition
 *   perceives a state when at least one member does (as in GMCR+).
 *
 * A move is a (coalitional) unilateral improvement, UI, when every member strictly prefers the
 * target: R⁺_i(s) = { t ∈ R_i(s) : t ≻_j s for all members j of i }.
 */
import type { GmcrModel } from './model.ts';
import type { Mover } from './types.ts';
import { CsrBuilder, type Csr } from '../shared/csr.ts';

/** Per state: 1 when the mover cannot see it (every member misperceives it). */
export function invisibleStates(model: GmcrModel, mover: Mover): Uint8Array | null {
  const masks = mover.members.map((dm) => model.misperceived[dm] ?? null);
  if (masks.some((mask) => mask === null)) return null;
  const invisible = new Uint8Array(model.stateCount).fill(1);
  for (const mask of masks) for (let s = 0; s < invisible.length; s++) invisible[s]! &= mask![s]!;
  return invisible;
}

/** R_i for every state, as CSR rows (targets in state indices, ascending). */
export function buildMoves(model: GmcrModel, mover: Mover): Csr {
  let controlled = 0;
  for (const dm of mover.members) controlled |= model.optionMasks[dm]!;
  const invisible = invisibleStates(model, mover);
  const { decimals, forwardOnlyMask: fwd, backwardOnlyMask: back } = model;
  const n = model.stateCount;
  const builder = new CsrBuilder(n, n * 4);
  for (let s = 0; s < n; s++) {
    if (invisible === null || invisible[s] === 0) {
      const d = decimals[s]!;
      // Options that may flip from here: not a taken forward-only one, not an untaken backward-only one.
      const free = controlled & ~(fwd & d) & ~(back & ~d);
      // Enumerate the non-empty subsets of `free` (standard sub-mask walk).
      for (let change = free; change !== 0; change = (change - 1) & free) {
        const t = model.indexOf((d ^ change) >>> 0);
        if (t >= 0 && (invisible === null || invisible[t] === 0)) builder.push(t);
      }
    }
    // Ascending rows: deterministic output, and the floods over them touch memory in order.
    builder.endSortedRow();
  }
  return builder.build();
}

/** Keeps the moves whose target every member of the mover strictly prefers (R⁺_i). */
export function improvementsOf(model: GmcrModel, mover: Mover, moves: Csr): Csr {
  const n = model.stateCount;
  const payoffs = mover.members.map((dm) => model.payoffs[dm]!);
  const builder = new CsrBuilder(n, moves.targets.length);
  for (let s = 0; s < n; s++) {
    for (let e = moves.offsets[s]!; e < moves.offsets[s + 1]!; e++) {
      const t = moves.targets[e]!;
      if (payoffs.every((p) => p[t]! > p[s]!)) builder.push(t);
    }
    builder.endRow();
  }
  return builder.build();
}
