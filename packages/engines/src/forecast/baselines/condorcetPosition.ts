/**
 * Condorcet (median-voter) position among the actors' positions, straight from the votes of
 * Scholz, Calbert & Smith 2011 (eqs. 26–29): actor i's vote between x_j and x_k is
 * v^i_jk = w_i (u^i(x_j) − u^i(x_k)) with u^i(x) = 1 − 2|x_i − x|/R, so
 * v_jk = Σ_i w_i (|x_i − x_k| − |x_i − x_j|) · 2/R, and x_j is a Condorcet winner when v_jk ≥ 0
 * for every k. The positive factor 2/R does not change signs and is dropped.
 *
 * O(n³) by design: this is the reference definition; `weightedMedian` is the fast equivalent on
 * one dimension (property-tested against this).
 */
import { weightedMedian } from './weightedMedian.ts';

/** The smallest Condorcet-winning position (ties resolved downward); NaN without actors. */
export function condorcetPosition(x: ArrayLike<number>, w: ArrayLike<number>): number {
  const n = x.length;
  const candidates = Array.from(new Set(Array.from(x))).sort((a, b) => a - b);
  const scale = candidates.length > 1 ? candidates[candidates.length - 1]! - candidates[0]! : 1;
  for (const xj of candidates) {
    let beatsAll = true;
    for (const xk of candidates) {
      if (xk === xj) continue;
      let v = 0;
      for (let i = 0; i < n; i++) v += w[i]! * (Math.abs(x[i]! - xk) - Math.abs(x[i]! - xj));
      // Votes below round-off count as ties.
      if (v < -1e-12 * scale * sumOf(w)) {
        beatsAll = false;
        break;
      }
    }
    if (beatsAll) return xj;
  }
  return weightedMedian(x, w);
}

function sumOf(w: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i]!;
  return s;
}
