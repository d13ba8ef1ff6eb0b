/**
 * Lower weighted median: the smallest x_k whose cumulative weight Σ_{x_i ≤ x_k} w_i reaches half
 * of the total weight. On one dimension with voters weighted by capability × salience it is the
 * median voter (Black 1948), i.e. the Condorcet winner of Scholz, Calbert & Smith 2011, eqs.
 * 26–29; `condorcetPosition` computes the same point straight from the pairwise votes.
 */

/** Lower weighted median of `x`; NaN when there are no values or the weights sum to zero. */
export function weightedMedian(x: ArrayLike<number>, w: ArrayLike<number>): number {
  const n = x.length;
  if (n === 0) return Number.NaN;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]! || a - b);
  let total = 0;
  for (let i = 0; i < n; i++) total += w[i]!;
  if (!(total > 0)) return Number.NaN;
  const half = total / 2;
  let cumulative = 0;
  for (const i of order) {
    cumulative += w[i]!;
    // Relative tolerance: weights like 0.1 + 0.2 must reach 0.3 / 2 * 2 exactly at the tie.
    if (cumulative >= half * (1 - 1e-12)) return x[i]!;
  }
  return x[order[n - 1]!]!;
}
