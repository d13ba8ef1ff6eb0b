/**
 * Kalai–Smorodinsky solution (Kalai & Smorodinsky, "Other solutions to Nash's bargaining
 * problem", Econometrica 43(3), 1975): the maximal point of the feasible set on the segment from
 * the disagreement point d to the ideal point I, I_i = max_{x ∈ R} u_i(x). On a convex,
 * comprehensive set that point is the one maximising the smallest normalised gain
 *
 *     argmax_{x ∈ P(R)} min_i (u_i(x) − d_i) / (I_i − d_i),
 *
 * and that is the definition used on a finite outcome set (the rational Pareto set P(R)).
 * Parties with I_i = d_i can gain nothing and are left out of the minimum. Ties: the smaller
 * spread of normalised gains (closer to the d–I segment), then larger welfare, then smaller
 * outcome index. NegMAS's `ks_points` instead minimises the spread alone, and GENIUS's
 * "Kalai-Smorodinsky" ignores d and I altogether (see geniusSolutions.ts).
 */
import { argBest, type BargainingProblem } from './bargainingProblem.ts';

/** The Kalai–Smorodinsky outcome, or -1 when no outcome is individually rational. */
export function kalaiSmorodinsky(problem: BargainingProblem): number {
  const { utilities, disagreement: d, pareto } = problem;
  const ideal = utilities.map((u) => {
    let m = Number.NEGATIVE_INFINITY;
    for (const x of pareto) if (u[x]! > m) m = u[x]!;
    return m;
  });
  const gains = (x: number): number[] =>
    utilities.flatMap((u, i) => (ideal[i]! > d[i]! ? [(u[x]! - d[i]!) / (ideal[i]! - d[i]!)] : []));
  return argBest(
    problem,
    (x) => {
      const g = gains(x);
      return g.length === 0 ? 0 : Math.min(...g);
    },
    (x) => {
      const g = gains(x);
      return g.length === 0 ? 0 : Math.min(...g) - Math.max(...g);
    },
  );
}
