/**
 * Step 6 of an SMP turn (KTAB SMPState::newIdeals, smp.cpp): ideals move toward positions
 * through the accommodation matrix A; the identity (KTAB's default) makes ideals equal positions.
 */
import type { SmpUnit } from './smpUnit.ts';

/** Step 6: ideal_{t+1} = Σ_j A_ij x_j + (1 − Σ_j A_ij) ideal_t; identity when A is absent. */
export function newIdeals(
  unit: SmpUnit,
  next: Float64Array,
  ideal: Float64Array,
  accommodation: number[][] | undefined,
): Float64Array {
  if (!accommodation) return Float64Array.from(next);
  const { n, dims } = unit;
  const out = new Float64Array(n * dims);
  for (let i = 0; i < n; i++) {
    let si = 0.0;
    for (let j = 0; j < n; j++) {
      const aij = accommodation[i]?.[j] ?? 0;
      si = si + aij;
      for (let d = 0; d < dims; d++)
        out[i * dims + d] = out[i * dims + d]! + aij * next[j * dims + d]!;
    }
    const lag = 1.0 - Math.min(si, 1.0);
    for (let d = 0; d < dims; d++)
      out[i * dims + d] = out[i * dims + d]! + lag * ideal[i * dims + d]!;
  }
  return out;
}
