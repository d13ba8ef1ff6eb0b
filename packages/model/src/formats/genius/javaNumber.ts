/**
 * GENIUS reads numbers with Java's parsers, whose grammar differs from JavaScript's `Number()`:
 *
 * - `Double.valueOf` / `parseDouble` trim leading and trailing characters ≤ U+0020, accept an
 *   optional sign, `NaN`, `Infinity`, decimal digits with an optional exponent and an optional
 *   type suffix `f`/`F`/`d`/`D` (still parsed as a double); `""` is an error (JS gives 0).
 *   Hexadecimal floating literals are also Java-legal; they never occur in GENIUS files and are
 *   rejected here.
 * - `Integer.valueOf` / `parseInt` take an optional sign and decimal digits, nothing else (no
 *   whitespace), within the 32-bit range.
 */

const DOUBLE = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/;
const INTEGER = /^[+-]?\d+$/;

/** The double Java would read from `text`, or undefined where Java throws. */
export function parseJavaDouble(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = trimJava(text);
  if (!DOUBLE.test(trimmed)) return undefined;
  return Number(trimmed.replace(/[fFdD]$/, '').replace(/^\+/, ''));
}

/** The int Java would read from `text`, or undefined where Java throws. */
export function parseJavaInt(text: string | undefined): number | undefined {
  if (text === undefined || !INTEGER.test(text)) return undefined;
  const value = Number(text);
  return value >= -2147483648 && value <= 2147483647 ? value : undefined;
}

function trimJava(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && text.charCodeAt(a) <= 0x20) a++;
  while (b > a && text.charCodeAt(b - 1) <= 0x20) b--;
  return text.slice(a, b);
}
