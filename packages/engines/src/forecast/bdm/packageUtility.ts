/**
 * Expected utility of a challenge over a unit (one issue, or a linked package), Scholz, Calbert &
 * Smith 2011 eq. 25 per dimension (challengeUtility.ts), summed over the package's dimensions
 * with the challenger's salience shares ω (Parley's package extension; with one dimension it is
 * exactly the paper's E(U_ij)):
 *
 *   E^e(U_ij) = Σ_d ω_id E_d(U_ij), evaluated by actor e (i or j) with e's exponent of the pass.
 *
 * Reads U_s, U_f, U_sq cached in the workspace by playRound.ts; part of the BDM hot loop.
 */
import type { BdmSettings } from './bdmSettings.ts';
import type { BdmUnit } from './bdmUnit.ts';
import type { BdmWorkspace } from './bdmWorkspace.ts';
import { challengeTerms, noChallengeTerm } from './challengeUtility.ts';

/** Σ_d ω_id E_d(U_ij) as evaluated by actor `e` (i or j) with its exponent of this pass. */
export function packageUtility(
  unit: BdmUnit,
  settings: BdmSettings,
  work: BdmWorkspace,
  p: Float64Array,
  i: number,
  j: number,
  e: number,
): number {
  const { n, dims, x, s, range } = unit;
  const other = e === i ? j : i;
  let eu = 0;
  for (let d = 0; d < dims; d++) {
    const xi = x[i * dims + d]!;
    const distance = Math.abs(xi - x[j * dims + d]!);
    let e_d = 0;
    if (distance !== 0) {
      const k = d * n * n + e * n + other;
      e_d = challengeTerms(
        s[j * dims + d]!,
        p[d * n * n + i * n + j]!,
        work.uS[k]!,
        work.uF[k]!,
        work.uSQ[e]!,
        settings.q,
      );
      if (settings.q < 1) {
        const rE = work.rPass[e]!;
        e_d -= noChallengeTerm(
          distance,
          range[d]!,
          rE,
          settings.q,
          settings.tRule,
          Math.abs(xi - work.mu[d]!),
        );
      }
    }
    eu = dims === 1 ? e_d : eu + work.omega[i * dims + d]! * e_d;
  }
  return eu;
}

/**
 * `packageUtility(i, j, i)` and `packageUtility(j, i, i)` in one pass: with i evaluating both,
 * they share |x_i − x_j|, U_s, U_f and U_sq, so the pair costs one loop. Same operations in the
 * same order as the two calls, hence the same bits. Writes a into work.pair[0], b into [1].
 */
export function receiverPair(
  unit: BdmUnit,
  settings: BdmSettings,
  work: BdmWorkspace,
  p: Float64Array,
  i: number,
  j: number,
): void {
  const { n, dims, x, s, range } = unit;
  const nn = n * n;
  let a = 0;
  let b = 0;
  for (let d = 0; d < dims; d++) {
    const xi = x[i * dims + d]!;
    const xj = x[j * dims + d]!;
    const distance = Math.abs(xi - xj);
    let aD = 0;
    let bD = 0;
    if (distance !== 0) {
      const k = d * nn + i * n + j;
      const uS = work.uS[k]!;
      const uF = work.uF[k]!;
      const uSQ = work.uSQ[i]!;
      aD = challengeTerms(s[j * dims + d]!, p[k]!, uS, uF, uSQ, settings.q);
      bD = challengeTerms(s[i * dims + d]!, p[d * nn + j * n + i]!, uS, uF, uSQ, settings.q);
      if (settings.q < 1) {
        const rE = work.rPass[i]!;
        const R = range[d]!;
        const mu = work.mu[d]!;
        aD -= noChallengeTerm(distance, R, rE, settings.q, settings.tRule, Math.abs(xi - mu));
        bD -= noChallengeTerm(distance, R, rE, settings.q, settings.tRule, Math.abs(xj - mu));
      }
    }
    a = dims === 1 ? aD : a + work.omega[i * dims + d]! * aD;
    b = dims === 1 ? bD : b + work.omega[j * dims + d]! * bD;
  }
  work.pair[0] = a;
  work.pair[1] = b;
}
