/**
 * Exact numbers in Gambit files. Gambit converts every payoff and probability to an exact
 * rational (`0.1` = 1/10, `1.5e-2` = 3/200, `2/4` = 1/2) and keeps the original text for
 * display and for the textual re-declaration checks of `.efg` files (research/gambit.md §1.1).
 *
 * Accepted: `-?digits[.digits*][(e|E)-?digits]`, `-?digits/digits`, `-?.digits`.
 * Rejected (as measured on Gambit 17): `+5`, `1e+3`, `3.0/2`, `1/-2`, `1/0`.
 *
 * The model package sits below the engines, so this file carries its own tiny BigInt fraction
 * helpers; engines turn these values into their `Rational` type (same `num`/`den` fields).
 */

/** An exact fraction `num / den`, `den > 0`, in lowest terms. */
export interface ExactNumber {
  readonly num: bigint;
  readonly den: bigint;
}

/** A number as written in a Gambit file: its exact value and its source text. */
export interface GambitNumber extends ExactNumber {
  readonly text: string;
}

const GAMBIT_NUMBER = /^(-?)(?:(\d+)\/(\d+)|(\d+)(?:\.(\d*))?(?:[eE](-?\d+))?|\.(\d+))$/;

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `num / den` in lowest terms with a positive denominator (den must not be 0). */
export function exact(num: bigint, den = 1n): ExactNumber {
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

export const addExact = (a: ExactNumber, b: ExactNumber): ExactNumber =>
  exact(a.num * b.den + b.num * a.den, a.den * b.den);

export const mulExact = (a: ExactNumber, b: ExactNumber): ExactNumber =>
  exact(a.num * b.num, a.den * b.den);

/** `a/b` or `a`, the way Gambit prints exact values. */
export const formatExact = (x: ExactNumber): string =>
  x.den === 1n ? x.num.toString() : `${x.num}/${x.den}`;

/** Exponents beyond this are refused rather than expanded into gigantic BigInts. */
const MAX_EXPONENT = 10_000;

/**
 * Parses a number token. Returns the value, or a message explaining why Gambit would refuse it.
 */
export function parseGambitNumber(text: string): GambitNumber | string {
  const m = GAMBIT_NUMBER.exec(text);
  if (!m) {
    if (text.startsWith('+')) return `Invalid number '${text}': a leading + is not allowed`;
    return `Invalid number '${text}'`;
  }
  const [, sign, fracNum, fracDen, intPart, decPart = '', exp, dotOnly] = m;
  const negative = sign === '-';
  let value: ExactNumber;
  if (fracNum !== undefined && fracDen !== undefined) {
    const den = BigInt(fracDen);
    if (den === 0n) return `Invalid number '${text}': division by zero`;
    value = exact(BigInt(fracNum), den);
  } else if (dotOnly !== undefined) {
    value = exact(BigInt(dotOnly), 10n ** BigInt(dotOnly.length));
  } else {
    const e = exp === undefined ? 0 : Number(exp);
    if (Math.abs(e) > MAX_EXPONENT) return `Invalid number '${text}': exponent out of range`;
    let num = BigInt((intPart ?? '') + decPart);
    let den = 10n ** BigInt(decPart.length);
    if (e > 0) num *= 10n ** BigInt(e);
    else if (e < 0) den *= 10n ** BigInt(-e);
    value = exact(num, den);
  }
  return { num: negative ? -value.num : value.num, den: value.den, text };
}
