/**
 * Utilitarian solution: the individually rational outcome with the largest sum of utilities,
 * argmax_{x ∈ R} Σ_i u_i(x) (Harsanyi 1955; NegMAS `max_welfare_points`). A welfare maximiser is
 * always Pareto-optimal, so the search runs over the rational Pareto set. Ties: smaller outcome
 * index.
 */
import { argBest, welfare, type BargainingProblem } from './bargainingProblem.ts';

/** The max-welfare outcome, or -1 when no outcome is individually rational. */
export function maxWelfare(problem: BargainingProblem): number {
  return argBest(problem, (x) => welfare(problem.utilities, x));
}
