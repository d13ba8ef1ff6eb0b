/**
 * Exact rational numbers over BigInt: `num / den` with `den > 0` and `gcd(|num|, den) = 1`, so
 * every value has exactly one representation and equality is field-wise.
 *
 * Game payoffs and equilibrium probabilities must be exact: `0.1` is 1/10 (not the nearest
 * double), and ties between payoffs decide which profiles are equilibria. Hot loops (pivoting,
 * vertex enumeration) work on raw BigInt integer tableaux instead and only build Rationals at
 * the end; this class is for everything else.
 */

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** Greatest common divisor of two BigInts (non-negative; gcd(0, 0) = 0). */
export const bigGcd = gcd;

/** Least common multiple of two positive BigInts. */
export function bigLcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

// A decimal, an exponent form or a fraction; the sign is optional; either side of the decimal
// point may be empty but not both.
const NUMBER_SYNTAX = /^([+-]?)(?:(\d+)\/(\d+)|(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?)$/;

export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  /** Use `Rational.of`; the constructor trusts that the pair is already normalised. */
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  /** `n / d`, normalised. Throws a RangeError on a zero denominator or a non-integer number. */
  static of(n: bigint | number, d: bigint | number = 1n): Rational {
    let num = typeof n === 'bigint' ? n : toBigInt(n);
    let den = typeof d === 'bigint' ? d : toBigInt(d);
    if (den === 0n) throw new RangeError('Rational: zero denominator');
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(num, den);
    if (g !== 1n) {
      num /= g;
      den /= g;
    }
    return new Rational(num, den);
  }

  /**
   * Parses `3`, `-3/4`, `0.1`, `.5`, `1.`, `1e-3`, `2.5E+2` exactly. Returns undefined for
   * anything else, including a zero denominator. (Gambit's stricter file syntax is enforced by
   * the file readers, not here.)
   */
  static parse(text: string): Rational | undefined {
    const m = NUMBER_SYNTAX.exec(text.trim());
    if (!m) return undefined;
    const [, sign, fracNum, fracDen, intPart = '', decPart, exp] = m;
    const negative = sign === '-';
    if (fracNum !== undefined && fracDen !== undefined) {
      const den = BigInt(fracDen);
      if (den === 0n) return undefined;
      const num = BigInt(fracNum);
      return Rational.of(negative ? -num : num, den);
    }
    const decimals = decPart ?? '';
    if (intPart === '' && decimals === '') return undefined;
    let num = BigInt(intPart + decimals || '0');
    let den = 10n ** BigInt(decimals.length);
    const e = exp === undefined ? 0 : Number(exp);
    if (!Number.isSafeInteger(e) || Math.abs(e) > 100_000) return undefined;
    if (e > 0) num *= 10n ** BigInt(e);
    else if (e < 0) den *= 10n ** BigInt(-e);
    return Rational.of(negative ? -num : num, den);
  }

  /**
   * The exact value of a finite double (every double is a dyadic rational). Use `approximate`
   * to get a short fraction near a computed float instead.
   */
  static fromNumber(x: number): Rational {
    if (!Number.isFinite(x)) throw new RangeError(`Rational.fromNumber: ${x} is not finite`);
    if (Number.isInteger(x)) return Rational.of(BigInt(x));
    let den = 1n;
    let scaled = x;
    // Doubling is exact for doubles until the value becomes an integer (at most ~1075 steps).
    while (!Number.isInteger(scaled)) {
      scaled *= 2;
      den *= 2n;
    }
    return Rational.of(BigInt(scaled), den);
  }

  /**
   * The fraction with denominator at most `maxDen` closest to `x` (best rational approximation
   * from the continued-fraction convergents and semiconvergents). Used to snap float results to
   * exact candidates that are then re-verified exactly.
   */
  static approximate(x: number, maxDen: bigint = 1_000_000n): Rational {
    const exact = Rational.fromNumber(x);
    if (exact.den <= maxDen) return exact;
    // Continued fraction of the exact value, tracking convergents p/q.
    let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
    let n = exact.num;
    let d = exact.den;
    while (d !== 0n) {
      const a = floorDiv(n, d);
      const q2 = q0 + a * q1;
      if (q2 > maxDen) {
        // Best semiconvergent with the remaining budget, compared with the last convergent.
        const k = (maxDen - q0) / q1;
        const semi = Rational.of(p0 + k * p1, q0 + k * q1);
        const conv = Rational.of(p1, q1);
        return semi.sub(exact).abs().lt(conv.sub(exact).abs()) ? semi : conv;
      }
      [p0, q0, p1, q1] = [p1, q1, p0 + a * p1, q2];
      [n, d] = [d, n - a * d];
    }
    return Rational.of(p1, q1);
  }

  add(o: Rational): Rational {
    if (this.den === o.den) return Rational.of(this.num + o.num, this.den);
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }

  sub(o: Rational): Rational {
    if (this.den === o.den) return Rational.of(this.num - o.num, this.den);
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }

  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }

  /** Throws a RangeError when dividing by zero. */
  div(o: Rational): Rational {
    return Rational.of(this.num * o.den, this.den * o.num);
  }

  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  abs(): Rational {
    return this.num < 0n ? this.neg() : this;
  }

  /** -1, 0 or 1. */
  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  isInteger(): boolean {
    return this.den === 1n;
  }

  /** -1, 0 or 1 as this is less than, equal to or greater than `o`. */
  cmp(o: Rational): -1 | 0 | 1 {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  eq(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }

  lt(o: Rational): boolean {
    return this.cmp(o) < 0;
  }

  le(o: Rational): boolean {
    return this.cmp(o) <= 0;
  }

  gt(o: Rational): boolean {
    return this.cmp(o) > 0;
  }

  ge(o: Rational): boolean {
    return this.cmp(o) >= 0;
  }

  static min(a: Rational, b: Rational): Rational {
    return a.le(b) ? a : b;
  }

  static max(a: Rational, b: Rational): Rational {
    return a.ge(b) ? a : b;
  }

  /** Sum of a list (0 for an empty list). */
  static sum(values: readonly Rational[]): Rational {
    let acc: Rational = Rational.ZERO;
    for (const v of values) acc = acc.add(v);
    return acc;
  }

  /** The nearest double (correct to within one ulp even for huge numerators/denominators). */
  toNumber(): number {
    const n = this.num;
    const d = this.den;
    const direct = Number(n) / Number(d);
    if (Number.isFinite(direct) && Math.abs(Number(n)) < 2 ** 53 && Number(d) < 2 ** 53) {
      return direct;
    }
    // Scale so the quotient carries about 64 significant bits, then divide once.
    const shift = bitLength(d) - bitLength(n < 0n ? -n : n) + 64;
    const q = shift >= 0 ? (n << BigInt(shift)) / d : n / (d << BigInt(-shift));
    // Two factors so that neither power of two under- or overflows on its own.
    const half = Math.trunc(shift / 2);
    return Number(q) * 2 ** -half * 2 ** -(shift - half);
  }

  /** `a/b`, or `a` for integers: Gambit's exact output format. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /** Fixed-point decimal with `digits` places, rounded half away from zero (`1/3` → `0.333333`). */
  toFixed(digits: number): string {
    const scale = 10n ** BigInt(digits);
    const negative = this.num < 0n;
    const abs = negative ? -this.num : this.num;
    const scaled = (abs * scale * 2n + this.den) / (this.den * 2n);
    const whole = (scaled / scale).toString();
    const frac = (scaled % scale).toString().padStart(digits, '0');
    const sign = negative && scaled !== 0n ? '-' : '';
    return digits > 0 ? `${sign}${whole}.${frac}` : `${sign}${whole}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

function toBigInt(n: number): bigint {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Rational: ${n} is not a safe integer`);
  return BigInt(n);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** Shorthand: `r(1, 3)` is 1/3, `r('0.1')` is 1/10. Throws a RangeError on unparsable text. */
export function r(n: bigint | number | string, d: bigint | number = 1n): Rational {
  if (typeof n === 'string') {
    const parsed = Rational.parse(n);
    if (!parsed) throw new RangeError(`Rational: cannot parse ${JSON.stringify(n)}`);
    return d === 1n || d === 1 ? parsed : parsed.div(Rational.of(d));
  }
  return Rational.of(n, d);
}
