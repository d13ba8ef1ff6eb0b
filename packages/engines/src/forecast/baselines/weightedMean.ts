/**
 * Weighted mean Σ w_i x_i / Σ w_i. With w = capability × salience this is the "compromise model"
 * of the DEU literature (Thomson, Stokman, Achen & König (eds) 2006, *The European Union
 * Decides*, Cambridge UP; Achen 2006 ch. 4), the baseline every forecasting model is judged
 * against. With w = capability it is the capability-only mean.
 */

/** Weighted mean of `x`; NaN when the weights sum to zero or there are no values. */
export function weightedMean(x: ArrayLike<number>, w: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; i++) {
    num += w[i]! * x[i]!;
    den += w[i]!;
  }
  return den > 0 ? num / den : Number.NaN;
}
