/**
 * Exact simplex method for  max c·z  s.t.  M z ≤ 1, z ≥ 0,  with M a positive integer matrix
 * and c ≥ 0 (the slack basis z = 0 is feasible, and the region is bounded, so no phase 1 is
 * needed). Dantzig's entering rule with the lexicographic ratio test, which rules out cycling
 * (Dantzig, Orden & Wolfe 1955); integer pivoting keeps every number exact (lexDictionary.ts).
 *
 * Returns the optimal value, an optimal primal vertex z and the optimal dual u (u ≥ 0,
 * Mᵀu ≥ c, 1·u = c·z by strong duality): u_i is the objective row's entry for slack i.
 */
import { Rational } from '../../shared/rational.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import { LexDictionary } from './lexDictionary.ts';

export interface BoxLpSolution {
  value: Rational;
  primal: Rational[];
  dual: Rational[];
}

export function maximizeOverBox(
  m: readonly (readonly bigint[])[],
  c: readonly bigint[],
  signal?: AbortSignal,
): BoxLpSolution {
  const dict = new LexDictionary(m, [[...c.map((v) => -v), 0n]]);
  const { k, d, width, t } = dict;
  const obj = k * width;
  for (let iteration = 1; ; iteration++) {
    if (iteration % 64 === 0) throwIfAborted(signal);
    let enter = -1;
    for (let j = 0; j < d; j++) {
      const v = t[obj + j]!;
      if (v < 0n && (enter < 0 || v < t[obj + enter]!)) enter = j;
    }
    if (enter < 0) break;
    const r = dict.ratioTest(enter);
    if (r < 0) throw new RangeError('maximizeOverBox: unbounded (M must be positive)');
    dict.pivot(r, enter);
  }
  const det = dict.det;
  const primal = Array.from({ length: d }, (_, j) => Rational.of(dict.valueOf(j), det));
  const dual = Array.from({ length: k }, (_, i) => {
    const col = dict.colOf[d + i]!;
    return col < 0 ? Rational.ZERO : Rational.of(t[obj + col]!, det);
  });
  return { value: Rational.of(t[obj + d]!, det), primal, dual };
}
