/**
 * Gauss–Jordan elimination over exact rationals, written plainly for small systems: the naive
 * reference solvers (independent of the integer-pivoting code they check) and the snapping of
 * float results. Returns the unique solution of the square system M x = b, or undefined when M
 * is singular.
 */
import { Rational } from '../../shared/rational.ts';

export function solveRational(
  m: readonly (readonly Rational[])[],
  b: readonly Rational[],
): Rational[] | undefined {
  const n = m.length;
  const a = m.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    const p = a.findIndex((row, i) => i >= col && !row[col]!.isZero());
    if (p < 0) return undefined;
    [a[col], a[p]] = [a[p]!, a[col]!];
    const pivot = a[col]![col]!;
    a[col] = a[col]!.map((v) => v.div(pivot));
    for (let i = 0; i < n; i++) {
      if (i === col || a[i]![col]!.isZero()) continue;
      const f = a[i]![col]!;
      a[i] = a[i]!.map((v, j) => v.sub(f.mul(a[col]![j]!)));
    }
  }
  return a.map((row) => row[n]!);
}
