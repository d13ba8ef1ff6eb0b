/**
 * Probability that i's position beats j's (Scholz, Calbert & Smith 2011, eqs. 30–31), per
 * dimension d, for every ordered pair, written into p[i * n + j]:
 *
 * - paper:  P_ij = Σ_{k: a_k > 0} c_k s_k a_k / Σ_k c_k s_k |a_k|,  a_k = |x_k − x_j| − |x_k − x_i|
 * - dmasad: P_ij = max(Σ_k c_k s_k a_k, 0) / Σ_k c_k s_k |a_k|
 * - scholz-code: P_ij = Σ_k max(0, c_k s_k (δ_kj^r_k − δ_ki^r_k)) /
 *                       Σ_k Σ_a Σ_b |c_k s_k (δ_kb^r_k − δ_ka^r_k)|,  δ_ka = |x_k − x_a| / R
 *   (the denominator runs over all actor pairs; jmckib/bdm-scholz-expected-utility-model says
 *   this copies Scholz's own code).
 *
 * P_ij = 0 when x_i = x_j (no contest). A zero denominator gives 1/2.
 */
import type { BdmProbability } from './bdmSettings.ts';
import type { BdmUnit } from './bdmUnit.ts';

/** Fills `p` (n×n) for dimension `d`; `r` are the voters' risk exponents, `powed` is scratch n×n. */
export function probabilityOfSuccess(
  unit: BdmUnit,
  d: number,
  variant: BdmProbability,
  r: Float64Array,
  p: Float64Array,
  powed: Float64Array,
): void {
  const { n, dims, x, c, s } = unit;
  if (variant === 'scholz-code') {
    scholzCodeProbability(unit, d, r, p, powed);
    return;
  }
  // a_k(j, i) = −a_k(i, j) exactly in floating point, so one pass over k gives both P_ij and
  // P_ji, bit for bit what two passes would: half the work of the O(n³) hot spot.
  for (let i = 0; i < n; i++) {
    const xi = x[i * dims + d]!;
    p[i * n + i] = 0;
    for (let j = i + 1; j < n; j++) {
      const xj = x[j * dims + d]!;
      if (xi === xj) {
        p[i * n + j] = p[j * n + i] = 0;
        continue;
      }
      let forI = 0;
      let forJ = 0;
      let signed = 0;
      let total = 0;
      for (let k = 0; k < n; k++) {
        const xk = x[k * dims + d]!;
        const w = c[k]! * s[k * dims + d]!;
        const a = Math.abs(xk - xj) - Math.abs(xk - xi);
        if (a > 0) forI += w * a;
        else if (a < 0) forJ += w * -a;
        signed += w * a;
        total += w * Math.abs(a);
      }
      if (total > 0) {
        p[i * n + j] = (variant === 'paper' ? forI : Math.max(signed, 0)) / total;
        p[j * n + i] = (variant === 'paper' ? forJ : Math.max(-signed, 0)) / total;
      } else {
        p[i * n + j] = p[j * n + i] = 0.5;
      }
    }
  }
}

function scholzCodeProbability(
  unit: BdmUnit,
  d: number,
  r: Float64Array,
  p: Float64Array,
  powed: Float64Array,
): void {
  const { n, dims, x, c, s, range } = unit;
  const R = range[d]!;
  // powed[k * n + a] = (|x_k − x_a| / R) ^ r_k, the voter's risk-curved distance.
  for (let k = 0; k < n; k++) {
    const xk = x[k * dims + d]!;
    const rk = r[k]!;
    for (let a = 0; a < n; a++) {
      const delta = Math.abs(xk - x[a * dims + d]!) / R;
      powed[k * n + a] = rk === 1 ? delta : delta ** rk;
    }
  }
  // |w·(δ_b − δ_a)| = w·|δ_b − δ_a| exactly for w ≥ 0, so the summation order stays jmckib's.
  let denominator = 0;
  for (let k = 0; k < n; k++) {
    const w = c[k]! * s[k * dims + d]!;
    const row = k * n;
    for (let a = 0; a < n; a++) {
      const da = powed[row + a]!;
      for (let b = 0; b < n; b++) denominator += w * Math.abs(powed[row + b]! - da);
    }
  }
  for (let i = 0; i < n; i++) {
    const xi = x[i * dims + d]!;
    for (let j = 0; j < n; j++) {
      if (xi === x[j * dims + d]!) {
        p[i * n + j] = 0;
        continue;
      }
      let num = 0;
      for (let k = 0; k < n; k++) {
        const w = c[k]! * s[k * dims + d]!;
        num += Math.max(0, w * (powed[k * n + j]! - powed[k * n + i]!));
      }
      p[i * n + j] = denominator > 0 ? num / denominator : 0.5;
    }
  }
}
