/**
 * A bargaining problem over a finite outcome set (Nash, "The bargaining problem", Econometrica
 * 18(2), 1950): the parties' utilities, a disagreement point d, the individually rational
 * outcomes R = {x : u_i(x) ≥ d_i for every i} — the zone of possible agreement when d is the
 * reservation values — and the Pareto-optimal part of R. Agreements are pure outcomes (no
 * lotteries), so solutions are searched on that finite set.
 *
 * The Pareto set of R is the Pareto set of the whole space restricted to R: whatever dominates a
 * rational outcome is rational too. So the frontier is computed once and filtered.
 */
import { paretoFrontier } from '../pareto/paretoFrontier.ts';

export interface BargainingProblem {
  readonly utilities: readonly Float64Array[];
  /** Disagreement point d, one utility per party. */
  readonly disagreement: Float64Array;
  /** Number of individually rational outcomes (|R|). */
  readonly rationalCount: number;
  /** Pareto-optimal outcomes of R, ascending by outcome index. */
  readonly pareto: Uint32Array;
}

/**
 * Builds the problem for disagreement point `d`. Pass the whole space's Pareto set as `frontier`
 * when it is already known (it is the same for every d).
 */
export function bargainingProblem(
  utilities: readonly Float64Array[],
  disagreement: Float64Array,
  frontier: Uint32Array = paretoFrontier(utilities),
): BargainingProblem {
  const n = utilities[0]?.length ?? 0;
  let rationalCount = 0;
  for (let x = 0; x < n; x++) if (isRational(utilities, disagreement, x)) rationalCount++;
  const pareto = frontier.filter((x) => isRational(utilities, disagreement, x));
  return { utilities, disagreement, rationalCount, pareto };
}

/** True when outcome x gives every party at least its disagreement utility. */
export function isRational(
  utilities: readonly Float64Array[],
  d: Float64Array,
  x: number,
): boolean {
  for (let i = 0; i < utilities.length; i++) if (utilities[i]![x]! < d[i]!) return false;
  return true;
}

/** Σ_i u_i(x). */
export function welfare(utilities: readonly Float64Array[], x: number): number {
  let s = 0;
  for (const u of utilities) s += u[x]!;
  return s;
}

/**
 * The candidate with the best score, where `better(a, b)` compares score tuples; among equal
 * scores the larger welfare, then the smaller outcome index wins. -1 when there is no candidate.
 */
export function argBest(
  problem: BargainingProblem,
  score: (x: number) => number,
  tieScore?: (x: number) => number,
): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestTie = Number.NEGATIVE_INFINITY;
  let bestWelfare = Number.NEGATIVE_INFINITY;
  for (const x of problem.pareto) {
    const s = score(x);
    const t = tieScore ? tieScore(x) : 0;
    const w = welfare(problem.utilities, x);
    const wins =
      best === -1 ||
      s > bestScore ||
      (s === bestScore && (t > bestTie || (t === bestTie && w > bestWelfare)));
    if (wins) {
      best = x;
      bestScore = s;
      bestTie = t;
      bestWelfare = w;
    }
  }
  return best;
}
