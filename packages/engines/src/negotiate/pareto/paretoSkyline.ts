/**
 * n-party Pareto set by Sort-Filter-Skyline (Chomicki, Godfrey, Gryz & Liang, "Skyline with
 * presorting", ICDE 2003): visit outcomes in descending order of a monotone score — the sum of
 * utilities, ties broken lexicographically by (u_0, u_1, …) descending — so that no outcome can
 * be dominated by one visited later; an outcome joins the skyline when no skyline member
 * dominates it. The lexicographic tie-break matters: a floating-point sum can round a strict
 * improvement away, and the tie-break still puts the dominating outcome first.
 * O(n log n + n·s) for a skyline of size s; outcomes with equal vectors are all kept.
 */
import { sortIndicesDescending } from '../../shared/sortIndices.ts';
import { allOutcomes, dominates } from './paretoNaive.ts';

/** Pareto-optimal outcomes among `candidates` (default: all), ascending by outcome index. */
export function paretoSkyline(
  utilities: readonly Float64Array[],
  candidates?: Uint32Array,
): Uint32Array {
  const n = utilities[0]?.length ?? 0;
  const pool = candidates ?? allOutcomes(n);
  const sum = new Float64Array(n);
  for (const u of utilities) for (const x of pool) sum[x]! += u[x]!;
  // Stable LSD sorts: the last key sorted is the primary one.
  let order = pool;
  for (let i = utilities.length - 1; i >= 0; i--)
    order = sortIndicesDescending(utilities[i]!, order);
  order = sortIndicesDescending(sum, order);
  const skyline: number[] = [];
  for (const x of order) {
    let dominated = false;
    for (let s = 0; s < skyline.length; s++) {
      if (dominates(utilities, skyline[s]!, x)) {
        dominated = true;
        break;
      }
    }
    if (!dominated) skyline.push(x);
  }
  return Uint32Array.from(skyline).sort();
}
