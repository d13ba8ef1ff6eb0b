/**
 * GENIUS's own "Nash" and "Kalai-Smorodinsky" points, reproduced for compatibility
 * (genius.core.analysis.BidSpace, GENIUS 10.4; research/negotiation.md §b). Neither is the
 * textbook solution:
 *
 * - The frontier is every outcome no other outcome strictly dominates (equal vectors all kept),
 *   sorted by party 0's utility ascending; equal utilities keep enumeration order (BidIterator:
 *   first issue fastest), because `Collections.sort` is stable.
 * - Nash = the first frontier point with the largest Π_i (u_i − r_i), with r_i the reservation
 *   value (0 when absent) and NO rationality filter: two parties below their reservation values
 *   give a positive product. The running maximum starts at −1, so a product ≤ −1 never wins
 *   and the answer can be null.
 * - "Kalai-Smorodinsky" = the first frontier point with the smallest Σ_{i<j} |u_i − u_j|, which
 *   ignores reservation values and ideal points. The running minimum starts at 2, so with three
 *   or more parties it can be null.
 */
import { sortIndicesAscending } from '../../shared/sortIndices.ts';

/** The frontier in GENIUS's order (input: Pareto outcomes ascending by index). */
export function geniusFrontierOrder(
  utilities: readonly Float64Array[],
  pareto: Uint32Array,
): Uint32Array {
  return utilities.length === 0 ? pareto : sortIndicesAscending(utilities[0]!, pareto);
}

/** GENIUS's `getNash()` over a frontier in GENIUS order; -1 for null. */
export function geniusNash(
  utilities: readonly Float64Array[],
  reservation: Float64Array,
  frontier: Uint32Array,
): number {
  let best = -1;
  let maxp = -1;
  for (const x of frontier) {
    let p = 1;
    for (let i = 0; i < utilities.length; i++) p = p * (utilities[i]![x]! - reservation[i]!);
    if (p > maxp) {
      best = x;
      maxp = p;
    }
  }
  return best;
}

/** GENIUS's `getKalaiSmorodinsky()` over a frontier in GENIUS order; -1 for null. */
export function geniusKalai(utilities: readonly Float64Array[], frontier: Uint32Array): number {
  let best = -1;
  let asymmetry = 2;
  for (const x of frontier) {
    let a = 0;
    for (let i = 0; i < utilities.length; i++) {
      for (let j = i + 1; j < utilities.length; j++)
        a += Math.abs(utilities[i]![x]! - utilities[j]![x]!);
    }
    if (a < asymmetry) {
      best = x;
      asymmetry = a;
    }
  }
  return best;
}
