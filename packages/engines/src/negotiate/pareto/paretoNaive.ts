/**
 * Pareto set straight from the definition, for cross-checking the fast algorithms: outcome x is
 * Pareto-optimal when no candidate y dominates it, i.e. u_i(y) ≥ u_i(x) for every party i with
 * at least one strict inequality. Outcomes with equal utility vectors do not dominate each
 * other, so all of them are kept. O(n²·parties).
 */

/** Pareto-optimal outcomes among `candidates` (default: all), ascending by outcome index. */
export function paretoNaive(
  utilities: readonly Float64Array[],
  candidates?: Uint32Array,
): Uint32Array {
  const pool = candidates ?? allOutcomes(utilities[0]?.length ?? 0);
  const kept: number[] = [];
  for (const x of pool) {
    let dominated = false;
    for (const y of pool) {
      if (y !== x && dominates(utilities, y, x)) {
        dominated = true;
        break;
      }
    }
    if (!dominated) kept.push(x);
  }
  return Uint32Array.from(kept).sort();
}

/** True when outcome y Pareto-dominates outcome x. */
export function dominates(utilities: readonly Float64Array[], y: number, x: number): boolean {
  let strict = false;
  for (const u of utilities) {
    const a = u[y]!;
    const b = u[x]!;
    if (a < b) return false;
    if (a > b) strict = true;
  }
  return strict;
}

export function allOutcomes(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}
