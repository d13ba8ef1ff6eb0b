/**
 * Probability that option 1 beats option 2 given the strengths of their supporting coalitions
 * (KBase::Model::vProb, kmodel.cpp): P = x₁ / (x₁ + x₂) with x = s, s², s⁴, s⁸ for Linear,
 * Square, Quartic, Octic; Binary gives certainty once one side is 10 % stronger and interpolates
 * linearly inside that band.
 */
import type { VictoryProbModel } from './smpSettings.ts';

/** [P(1 beats 2), P(2 beats 1)] for coalition strengths s1, s2 ≥ 0 (not both 0). */
export function victoryProbability(
  model: VictoryProbModel,
  s1: number,
  s2: number,
): [number, number] {
  let x1: number;
  let x2: number;
  switch (model) {
    case 'Linear':
      x1 = s1;
      x2 = s2;
      break;
    case 'Square':
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case 'Quartic':
      x1 = s1 * s1 * (s1 * s1);
      x2 = s2 * s2 * (s2 * s2);
      break;
    case 'Octic': {
      const q1 = s1 * s1 * (s1 * s1);
      const q2 = s2 * s2 * (s2 * s2);
      x1 = q1 * q1;
      x2 = q2 * q2;
      break;
    }
    case 'Binary': {
      const thresh = 1.1;
      const minX = 1e-6;
      if (s1 >= thresh * s2) {
        x1 = 1;
        x2 = minX;
      } else if (s2 >= thresh * s1) {
        x1 = minX;
        x2 = 1;
      } else {
        const r12 = s1 / (s1 + s2);
        x1 = (r12 * (thresh + 1.0) - 1.0) / (thresh - 1.0);
        x2 = 1 - x1;
      }
      break;
    }
  }
  return [x1 / (x1 + x2), x2 / (x1 + x2)];
}
