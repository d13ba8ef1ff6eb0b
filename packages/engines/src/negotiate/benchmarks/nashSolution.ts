/**
 * Nash bargaining solution (Nash 1950): the individually rational outcome maximising the product
 * of gains over the disagreement point,
 *
 *     argmax_{x ∈ R} Π_i (u_i(x) − d_i).
 *
 * The maximiser of a product of non-negative gains is Pareto-optimal (or ties with one that is),
 * so the search runs over the rational Pareto set. Ties: larger welfare, then smaller outcome
 * index. Checked against Nash's own split-the-dollar example and the textbook bilateral cases
 * in nashSolution.test.ts.
 */
import { argBest, type BargainingProblem } from './bargainingProblem.ts';

/** The Nash outcome, or -1 when no outcome is individually rational. */
export function nashSolution(problem: BargainingProblem): number {
  const { utilities, disagreement } = problem;
  return argBest(problem, (x) => nashProduct(utilities, disagreement, x));
}

/** Π_i (u_i(x) − d_i). */
export function nashProduct(
  utilities: readonly Float64Array[],
  d: Float64Array,
  x: number,
): number {
  let p = 1;
  for (let i = 0; i < utilities.length; i++) p *= utilities[i]![x]! - d[i]!;
  return p;
}
