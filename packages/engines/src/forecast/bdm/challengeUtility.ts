/**
 * Expected utility to i of challenging j on one dimension (Scholz, Calbert & Smith 2011,
 * eqs. 5–7, 15, 16, 22–25 and Appendix step 7), evaluated with risk exponent r:
 *
 *   E(U_ij) = s_j [P U_s + (1 − P) U_f] + (1 − s_j) U_s − Q U_sq − (1 − Q)[T U_b + (1 − T) U_w]
 *
 *   U_s  = 2 − 4 (0.5 − 0.5 δ_ij)^r          success
 *   U_f  = 2 − 4 (0.5 + 0.5 δ_ij)^r          failure
 *   U_sq = 2 − 4 (0.5)^r                      status quo
 *   U_b  = 2 − 4 (0.5 − 0.25 (δ_iμ + δ_ij))^r  no challenge, j moves, i better off
 *   U_w  = 2 − 4 (0.5 + 0.25 (δ_iμ + δ_ij))^r  no challenge, j moves, i worse off
 *
 * with δ = |distance| / R. The leading salience belongs to the target (the probability that j
 * resists). T: see `BdmTRule` (paper: T = 1 iff |x_i − μ| < |x_i − x_j|). Equal positions are no
 * contest: E = 0. The arithmetic order follows the jmckib port. The round loop (runBdm.ts) caches
 * U_s and U_f per actor pair and, with risk exponents ≠ 1, computes x^r as e^(r ln x) so one
 * logarithm serves both actors of a pair (agrees with pow to ~1e-15 relative; the jmckib log is
 * reproduced to 1e-9 either way). `challengeUtility` is the whole formula in one place.
 */
import type { BdmTRule } from './bdmSettings.ts';

function pw(base: number, r: number): number {
  return r === 1 ? base : base ** r;
}

export function successUtility(distance: number, range: number, r: number): number {
  return 2 - 4 * pw(0.5 - (0.5 * distance) / range, r);
}

export function failureUtility(distance: number, range: number, r: number): number {
  return 2 - 4 * pw(0.5 + (0.5 * distance) / range, r);
}

export function statusQuoUtility(r: number): number {
  return 2 - 4 * pw(0.5, r);
}

/** s_j [P U_s + (1 − P) U_f] + (1 − s_j) U_s − Q U_sq. */
export function challengeTerms(
  sTarget: number,
  p: number,
  uS: number,
  uF: number,
  uSQ: number,
  q: number,
): number {
  const resist = sTarget * (p * uS + (1 - p) * uF);
  const notResist = (1 - sTarget) * uS;
  return resist + notResist - q * uSQ;
}

/** (1 − Q)[T U_b + (1 − T) U_w], the value of not challenging when j may move anyway. */
export function noChallengeTerm(
  distance: number,
  range: number,
  r: number,
  q: number,
  tRule: BdmTRule,
  medianDistance: number,
): number {
  if (q >= 1) return 0;
  const t = tRule === 'one' ? 1 : tRule === 'zero' ? 0 : medianDistance < distance ? 1 : 0;
  const spread = (0.25 * (medianDistance + distance)) / range;
  const uBetter = 2 - 4 * pw(0.5 - spread, r);
  const uWorse = 2 - 4 * pw(0.5 + spread, r);
  return (1 - q) * (t * uBetter + (1 - t) * uWorse);
}

/**
 * @param distance |x_i − x_j| (scale units)
 * @param range R of eq. 14
 * @param sTarget j's salience on [0, 1]
 * @param p probability that i wins
 * @param r risk exponent of the evaluating actor
 * @param medianDistance |x_i − μ| (only read when q < 1)
 */
export function challengeUtility(
  distance: number,
  range: number,
  sTarget: number,
  p: number,
  r: number,
  q: number,
  tRule: BdmTRule,
  medianDistance: number,
): number {
  if (distance === 0) return 0;
  const terms = challengeTerms(
    sTarget,
    p,
    successUtility(distance, range, r),
    failureUtility(distance, range, r),
    statusQuoUtility(r),
    q,
  );
  return terms - noChallengeTerm(distance, range, r, q, tRule, medianDistance);
}
