/**
 * KTAB's spatial utility (SMPModel::bvDiff, bsUtil, smp.cpp):
 *
 *   d_ij = sqrt( Σ_k (s_ik (ideal_ik − x_jk))² / Σ_k s_ik² )   salience-weighted distance
 *   u(d, R) = (1 − d)(1 + d R)   for d ≤ 1,   (1 − d)(1 + R) beyond (round-off guard)
 *
 * R ∈ [−1, 1] is the normalised risk attitude; R = 0 gives u = 1 − d. On one dimension the
 * salience cancels and d = |ideal_i − x_j|. KTAB rejects an actor whose saliences are all zero;
 * Parley then uses the unweighted root mean square (the limit on one dimension).
 */

/** Utility of a distance `sd` for risk attitude `R`. */
export function bsUtil(sd: number, R: number): number {
  return sd <= 1 ? (1 - sd) * (1 + sd * R) : (1 - sd) * (1 + R);
}

/**
 * Weighted distance between row `a` of `from` and row `b` of `to`, with the saliences of row
 * `a` of `sal` (all arrays actor-major with `dims` columns).
 */
export function bvDiff(
  from: Float64Array,
  a: number,
  to: Float64Array,
  b: number,
  sal: Float64Array,
  dims: number,
): number {
  let dsSqr = 0;
  let ssSqr = 0;
  for (let k = 0; k < dims; k++) {
    const s = sal[a * dims + k]!;
    const ds = (from[a * dims + k]! - to[b * dims + k]!) * s;
    dsSqr = dsSqr + ds * ds;
    ssSqr = ssSqr + s * s;
  }
  return ssSqr > 0 ? Math.sqrt(dsSqr / ssSqr) : unweighted(from, a, to, b, dims);
}

function unweighted(
  from: Float64Array,
  a: number,
  to: ArrayLike<number>,
  b: number,
  dims: number,
): number {
  let sum = 0;
  for (let k = 0; k < dims; k++) sum += (from[a * dims + k]! - to[b * dims + k]!) ** 2;
  return Math.sqrt(sum / dims);
}

/** Same as bvDiff, against an explicit point `p` (length dims). */
export function bvDiffToPoint(
  from: Float64Array,
  a: number,
  p: ArrayLike<number>,
  sal: Float64Array,
  dims: number,
): number {
  let dsSqr = 0;
  let ssSqr = 0;
  for (let k = 0; k < dims; k++) {
    const s = sal[a * dims + k]!;
    const ds = (from[a * dims + k]! - p[k]!) * s;
    dsSqr = dsSqr + ds * ds;
    ssSqr = ssSqr + s * s;
  }
  return ssSqr > 0 ? Math.sqrt(dsSqr / ssSqr) : unweighted(from, a, p, 0, dims);
}
