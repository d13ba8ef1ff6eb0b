import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational, r } from './rational.ts';

const small = fc.bigInt({ min: -1000n, max: 1000n });
const positive = fc.bigInt({ min: 1n, max: 1000n });
const rational = fc.tuple(small, positive).map(([n, d]) => Rational.of(n, d));

describe('Rational', () => {
  it('normalises sign and common factors so equal values are equal field by field', () => {
    const half = Rational.of(-2n, -4n);
    expect([half.num, half.den]).toEqual([1n, 2n]);
    expect(Rational.of(3, -6).toString()).toBe('-1/2');
    expect(Rational.of(0, -5).toString()).toBe('0');
  });

  it('parses decimals, exponents and fractions exactly (0.1 is 1/10, not the nearest double)', () => {
    expect(r('0.1').toString()).toBe('1/10');
    expect(r('1e-3').toString()).toBe('1/1000');
    expect(r('1.5e-2').toString()).toBe('3/200');
    expect(r('3/4').toString()).toBe('3/4');
    expect(r('2/4').toString()).toBe('1/2');
    expect(r('-.5').toString()).toBe('-1/2');
    expect(r('1.').toString()).toBe('1');
    expect(r('007').toString()).toBe('7');
    expect(r('-0').toString()).toBe('0');
    expect(r('2.5E+2').toString()).toBe('250');
  });

  it('refuses text that is not a number, and zero denominators', () => {
    for (const bad of ['', '.', 'abc', '1/0', '1/-2', '3.0/2', '1e', '--1', '1..2']) {
      expect(Rational.parse(bad), bad).toBeUndefined();
    }
    expect(() => Rational.of(1, 0)).toThrow(RangeError);
    expect(() => r(1).div(Rational.ZERO)).toThrow(RangeError);
  });

  it('satisfies the field laws', () => {
    fc.assert(
      fc.property(rational, rational, rational, (a, b, c) => {
        expect(a.add(b).eq(b.add(a))).toBe(true);
        expect(a.mul(b.add(c)).eq(a.mul(b).add(a.mul(c)))).toBe(true);
        expect(a.sub(b).add(b).eq(a)).toBe(true);
        if (!b.isZero()) expect(a.div(b).mul(b).eq(a)).toBe(true);
      }),
    );
  });

  it('orders values like their float approximations when those differ', () => {
    fc.assert(
      fc.property(rational, rational, (a, b) => {
        const fa = a.toNumber();
        const fb = b.toNumber();
        if (fa < fb) expect(a.lt(b)).toBe(true);
        if (fa > fb) expect(a.gt(b)).toBe(true);
        expect(a.cmp(b)).toBe(-b.cmp(a) || 0);
      }),
    );
  });

  it('round-trips through toString and parse', () => {
    fc.assert(
      fc.property(rational, (a) => {
        expect(r(a.toString()).eq(a)).toBe(true);
      }),
    );
  });

  it('converts huge fractions to the nearest double', () => {
    const big = Rational.of(10n ** 400n + 1n, 3n * 10n ** 400n);
    expect(big.toNumber()).toBeCloseTo(1 / 3, 15);
    expect(Rational.of(10n ** 30n, 7n).toNumber()).toBeCloseTo(1e30 / 7, -16);
    expect(Rational.of(-1n, 10n ** 30n).toNumber()).toBeCloseTo(-1e-30, 40);
  });

  it('prints fixed decimals rounded half away from zero, as Gambit -d does', () => {
    expect(r(1, 3).toFixed(6)).toBe('0.333333');
    expect(r(2, 3).toFixed(6)).toBe('0.666667');
    expect(r(-1, 8).toFixed(2)).toBe('-0.13');
    expect(r(1).toFixed(0)).toBe('1');
    expect(r(-1, 1000).toFixed(2)).toBe('0.00');
  });

  it('recovers every double exactly with fromNumber', () => {
    expect(Rational.fromNumber(0.1).toString()).toBe('3602879701896397/36028797018963968');
    expect(Rational.fromNumber(-2.5).toString()).toBe('-5/2');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), (x) => {
        expect(Rational.fromNumber(x).toNumber()).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it('snaps floats to the best approximation with a bounded denominator', () => {
    expect(Rational.approximate(1 / 3).toString()).toBe('1/3');
    expect(Rational.approximate(0.3333333333333).toString()).toBe('1/3');
    expect(Rational.approximate(Math.PI, 1000n).toString()).toBe('355/113');
    expect(Rational.approximate(Math.PI, 100n).toString()).toBe('311/99');
    // Brute force: no fraction with a smaller or equal denominator is closer.
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
        const best = Rational.approximate(x, 30n);
        const exact = Rational.fromNumber(x);
        const err = best.sub(exact).abs();
        for (let d = 1n; d <= 30n; d++) {
          for (let n = 0n; n <= d; n++) {
            expect(Rational.of(n, d).sub(exact).abs().ge(err)).toBe(true);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
