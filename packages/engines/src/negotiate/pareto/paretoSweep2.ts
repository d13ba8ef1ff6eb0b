/**
 * Two-party Pareto set by sort and sweep (Kung, Luccio & Preparata, "On finding the maxima of a
 * set of vectors", JACM 22(4), 1975, the d = 2 case): sort by u_0 descending; walking down u_0,
 * a point survives when its u_1 beats the best u_1 of every point with a strictly larger u_0 and
 * is the largest u_1 among the points sharing its u_0.
 * Outcomes with equal utility vectors are all kept. O(n) after an O(n) radix sort.
 */
import { sortIndicesDescending } from '../../shared/sortIndices.ts';

/** Pareto-optimal outcomes among `candidates` (default: all), ascending by outcome index. */
export function paretoSweep2(
  u0: Float64Array,
  u1: Float64Array,
  candidates?: Uint32Array,
): Uint32Array {
  const order = sortIndicesDescending(u0, candidates);
  const kept: number[] = [];
  let bestBefore = Number.NEGATIVE_INFINITY;
  let i = 0;
  while (i < order.length) {
    const a = u0[order[i]!]!;
    let j = i;
    let top = Number.NEGATIVE_INFINITY;
    for (; j < order.length && u0[order[j]!] === a; j++)
      if (u1[order[j]!]! > top) top = u1[order[j]!]!;
    if (top > bestBefore) {
      for (let g = i; g < j; g++) if (u1[order[g]!] === top) kept.push(order[g]!);
      bestBefore = top;
    }
    i = j;
  }
  return Uint32Array.from(kept).sort();
}
