import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from '../../shared/rational.ts';
import { solveIntegerSystem } from './solveIntegerSystem.ts';
import { solveRational } from './solveRational.ts';

describe('solveIntegerSystem (Bareiss)', () => {
  it('solves 2x + y = 3, x + 3y = 5 as x = 4/5, y = 7/5', () => {
    const { x, det } = solveIntegerSystem(
      [
        [2n, 1n],
        [1n, 3n],
      ],
      [3n, 5n],
    )!;
    expect(x.map((v) => Rational.of(v, det).toString())).toEqual(['4/5', '7/5']);
  });

  it('reports singular systems', () => {
    expect(
      solveIntegerSystem(
        [
          [1n, 2n],
          [2n, 4n],
        ],
        [1n, 1n],
      ),
    ).toBeUndefined();
  });

  it('agrees with plain rational Gauss–Jordan elimination on random systems', () => {
    const system = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.tuple(
        fc.array(fc.array(fc.bigInt({ min: -9n, max: 9n }), { minLength: n, maxLength: n }), {
          minLength: n,
          maxLength: n,
        }),
        fc.array(fc.bigInt({ min: -9n, max: 9n }), { minLength: n, maxLength: n }),
      ),
    );
    fc.assert(
      fc.property(system, ([m, b]) => {
        const fast = solveIntegerSystem(m, b);
        const slow = solveRational(
          m.map((row) => row.map((v) => Rational.of(v))),
          b.map((v) => Rational.of(v)),
        );
        expect(fast === undefined).toBe(slow === undefined);
        if (fast && slow)
          expect(fast.x.map((v) => Rational.of(v, fast.det).toString())).toEqual(slow.map(String));
      }),
      { numRuns: 300, seed: 1968 },
    );
  });
});
