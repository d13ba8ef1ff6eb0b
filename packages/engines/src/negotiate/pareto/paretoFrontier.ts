/**
 * The Pareto set of an outcome space (or of a subset of it): the fast algorithm for the number
 * of parties — a sort-and-sweep for two, Sort-Filter-Skyline for more — each property-tested
 * against the O(n²) definition in paretoNaive.ts.
 */
import { paretoSkyline } from './paretoSkyline.ts';
import { paretoSweep2 } from './paretoSweep2.ts';
import { allOutcomes } from './paretoNaive.ts';

/** Pareto-optimal outcomes among `candidates` (default: all), ascending by outcome index. */
export function paretoFrontier(
  utilities: readonly Float64Array[],
  candidates?: Uint32Array,
): Uint32Array {
  if (utilities.length === 2) return paretoSweep2(utilities[0]!, utilities[1]!, candidates);
  if (utilities.length === 1) {
    const u = utilities[0]!;
    const pool = candidates ?? allOutcomes(u.length);
    let best = Number.NEGATIVE_INFINITY;
    for (const x of pool) if (u[x]! > best) best = u[x]!;
    return pool.filter((x) => u[x] === best).sort();
  }
  return paretoSkyline(utilities, candidates);
}
