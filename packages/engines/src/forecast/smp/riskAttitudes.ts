/**
 * Risk attitudes inferred from the probability of each actor's position (KTAB:
 * Model::bigRfromProb and Model::estNRA, kmodel.cpp). With p_min, p_max the extreme PCE
 * probabilities,
 *
 *   Min: R_i = (p_i − p_min) / (p_max − p_min)                 ∈ [0, 1]
 *   Mid: R_i = (3 p_i − (p_max + 2 p_min)) / (2 (p_max − p_min))  ∈ [−0.5, 1]
 *   Max: R_i = (2 p_i − (p_max + p_min)) / (p_max − p_min)     ∈ [−1, 1]
 *
 * so the likeliest position is the most risk-averse (the analogue of BDM's security rule).
 * Actor h's estimate of i's attitude anchors on its own: Full R_i, TwoThirds (R_h + 2R_i)/3,
 * Half (R_h + R_i)/2, OneThird (2R_h + R_i)/3, No R_h. When all probabilities are equal KTAB
 * divides by zero; Parley then sets every R_i = 0.
 */
import type { BigRAdjust, BigRRange } from './smpSettings.ts';

export function bigRFromProb(p: Float64Array, range: BigRRange): Float64Array {
  let pMin = 1.0;
  let pMax = 0.0;
  for (const pi of p) {
    pMin = pi < pMin ? pi : pMin;
    pMax = pi > pMax ? pi : pMax;
  }
  if (!(pMax > pMin)) return new Float64Array(p.length);
  return p.map((pi) => {
    switch (range) {
      case 'Min':
        return (pi - pMin) / (pMax - pMin);
      case 'Mid':
        return (3 * pi - (pMax + 2 * pMin)) / (2 * (pMax - pMin));
      case 'Max':
        return (2 * pi - (pMax + pMin)) / (pMax - pMin);
    }
  });
}

/** h's estimate of i's risk attitude. */
export function estimateRisk(rh: number, ri: number, adjust: BigRAdjust): number {
  switch (adjust) {
    case 'Full':
      return ri;
    case 'TwoThirds':
      return (rh + 2.0 * ri) / 3.0;
    case 'Half':
      return (rh + ri) / 2;
    case 'OneThird':
      return (2.0 * rh + ri) / 3.0;
    case 'No':
      return rh;
  }
}
