import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveDense, UnderdeterminedQr } from './floatLinear.ts';

describe('UnderdeterminedQr', () => {
  it('gives a unit tangent in the kernel and minimum-norm solutions of J δ = h', () => {
    const matrix = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), {
          minLength: n * (n + 1),
          maxLength: n * (n + 1),
        }),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
      ),
    );
    fc.assert(
      fc.property(matrix, ([n, values, rhs]) => {
        const j = Float64Array.from(values);
        const qr = new UnderdeterminedQr(j, n);
        if (qr.minPivot() < 1e-3) return; // (nearly) rank deficient: not this test's concern
        const t = qr.tangent();
        const delta = qr.solve(Float64Array.from(rhs));
        expect(Math.hypot(...t)).toBeCloseTo(1, 12);
        for (let r = 0; r < n; r++) {
          let jt = 0;
          let jd = 0;
          for (let c = 0; c <= n; c++) {
            jt += j[r * (n + 1) + c]! * t[c]!;
            jd += j[r * (n + 1) + c]! * delta[c]!;
          }
          expect(Math.abs(jt)).toBeLessThan(1e-8);
          expect(jd).toBeCloseTo(rhs[r]!, 6);
        }
        // Minimum norm: δ is orthogonal to the kernel.
        expect(Math.abs(t.reduce((s, v, k) => s + v * delta[k]!, 0))).toBeLessThan(1e-6);
      }),
      { numRuns: 200, seed: 1990 },
    );
  });
});

describe('solveDense', () => {
  it('solves with partial pivoting and reports singular matrices', () => {
    expect(
      Array.from(solveDense(Float64Array.from([0, 1, 1, 0]), Float64Array.from([2, 3]), 2)!),
    ).toEqual([3, 2]);
    expect(
      solveDense(Float64Array.from([1, 2, 2, 4]), Float64Array.from([1, 1]), 2),
    ).toBeUndefined();
  });
});
