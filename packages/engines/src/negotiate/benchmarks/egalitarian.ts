/**
 * Egalitarian solution (Kalai, "Proportional solutions to bargaining situations: interpersonal
 * utility comparisons", Econometrica 45(7), 1977): equal absolute gains over the disagreement
 * point; on a finite set, the rational Pareto outcome maximising the smallest gain,
 *
 *     argmax_{x ∈ P(R)} min_i (u_i(x) − d_i).
 *
 * Unlike Kalai–Smorodinsky it compares utilities across parties, so it is meaningful only when
 * the utility scales are comparable (both normalised to [0, 1], say). Ties: larger welfare, then
 * smaller outcome index. NegMAS calls this `kalai_points`.
 */
import { argBest, type BargainingProblem } from './bargainingProblem.ts';

/** The egalitarian outcome, or -1 when no outcome is individually rational. */
export function egalitarian(problem: BargainingProblem): number {
  const { utilities, disagreement: d } = problem;
  return argBest(problem, (x) => {
    let m = Number.POSITIVE_INFINITY;
    for (let i = 0; i < utilities.length; i++) m = Math.min(m, utilities[i]![x]! - d[i]!);
    return m;
  });
}
