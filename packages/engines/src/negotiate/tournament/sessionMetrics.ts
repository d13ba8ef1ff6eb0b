/**
 * Per-session quality measures (as in NegMAS's `calc_session_metrics` and the ANAC reports):
 * social welfare Σ_i u_i, and the Euclidean distances, in utility space, from the result point
 * (the agreement's utilities, or the reservation values without agreement) to the nearest
 * Pareto-optimal point and to the Nash point.
 */

export interface SessionMetrics {
  welfare: number;
  paretoDistance: number;
  /** Null when the Nash point is undefined (empty zone of possible agreement). */
  nashDistance: number | null;
}

export function sessionMetrics(
  point: readonly number[],
  frontier: readonly number[][],
  nash: readonly number[] | null,
): SessionMetrics {
  let best = Number.POSITIVE_INFINITY;
  for (const f of frontier) best = Math.min(best, distance(point, f));
  return {
    welfare: point.reduce((a, b) => a + b, 0),
    paretoDistance: best,
    nashDistance: nash ? distance(point, nash) : null,
  };
}

export function distance(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i]! - b[i]!) ** 2;
  return Math.sqrt(s);
}
