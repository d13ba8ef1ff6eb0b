import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { challengeUtility, failureUtility, successUtility } from './challengeUtility.ts';

// Two properties of eqs. 5–7 with Q = 1 that explain the paper variant's behaviour
// (docs/forecast.md, "Why the paper variant confronts"). a = E(U_ij), b = E(U_ji) on one issue.
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const distance = fc.double({ min: 0.01, max: 1, noNaN: true });
const exponent = fc.double({ min: 0.5, max: 2, noNaN: true });

describe('expected utility of a challenge with Q = 1', () => {
  it('is 2δ(1 − 2 s_j (1 − P)) at r = 1', () => {
    fc.assert(
      fc.property(distance, unit, unit, (d, sj, p) => {
        const a = challengeUtility(d, 1, sj, p, 1, 1, 'paper', 0);
        expect(a).toBeCloseTo(2 * d * (1 - 2 * sj * (1 - p)), 12);
      }),
    );
  });

  it('never has both sides expect to lose at r = 1 when P_ij + P_ji = 1: no stalemate', () => {
    // Both negative needs s_j (1 − P) > ½ and s_i P > ½, but the two sum to at most max(s) ≤ 1.
    fc.assert(
      fc.property(distance, unit, unit, unit, (d, si, sj, p) => {
        const a = challengeUtility(d, 1, sj, p, 1, 1, 'paper', 0);
        const b = challengeUtility(d, 1, si, 1 - p, 1, 1, 'paper', 0);
        expect(Math.max(a, b)).toBeGreaterThanOrEqual(-1e-12);
      }),
    );
  });

  it('with one exponent for both sides, decides a conflict by s·P alone: b − a = (U_s − U_f)(s_j P_ji − s_i P_ij)', () => {
    fc.assert(
      fc.property(distance, unit, unit, unit, exponent, (d, si, sj, p, r) => {
        const a = challengeUtility(d, 1, sj, p, r, 1, 'paper', 0);
        const b = challengeUtility(d, 1, si, 1 - p, r, 1, 'paper', 0);
        const spread = successUtility(d, 1, r) - failureUtility(d, 1, r);
        expect(spread).toBeGreaterThan(0);
        expect(b - a).toBeCloseTo(spread * (sj * (1 - p) - si * p), 12);
      }),
    );
  });

  it('with each side on its own exponent, lets the side with the smaller s·P win', () => {
    // Equal saliences 0.9, P_ij = 0.7: at any common r, i wins (0.63 > 0.27). A risk-averse i
    // (r = 2) facing a risk-acceptant j (r = 0.5) at δ = 1 sees a = 1 − 4·0.9·0.3 = −0.08 while
    // j's own b = 2.83 − 4·0.9·0.7 = 0.31: j has the upper hand.
    const a = challengeUtility(1, 1, 0.9, 0.7, 2, 1, 'paper', 0);
    const b = challengeUtility(1, 1, 0.9, 0.3, 0.5, 1, 'paper', 0);
    expect(a).toBeCloseTo(-0.08, 12);
    expect(b).toBeCloseTo(4 * Math.SQRT1_2 - 2.52, 12);
    expect(b).toBeGreaterThan(Math.abs(a));
  });
});
