/**
 * Exact solution of a square integer system M x = b by fraction-free Gaussian elimination
 * (Bareiss 1968): every intermediate entry is a minor of [M | b], so no fractions and no
 * coefficient explosion. Returns x = numerators / det with det = ±det(M) ≠ 0, or undefined when
 * M is singular.
 */
export function solveIntegerSystem(
  m: readonly (readonly bigint[])[],
  b: readonly bigint[],
): { x: bigint[]; det: bigint } | undefined {
  const n = m.length;
  if (n === 0) return { x: [], det: 1n };
  const a = m.map((row, i) => [...row, b[i]!]);
  let prev = 1n;
  for (let k = 0; k < n; k++) {
    let p = k;
    while (p < n && a[p]![k] === 0n) p++;
    if (p === n) return undefined;
    if (p !== k) [a[p], a[k]] = [a[k]!, a[p]!];
    const rowK = a[k]!;
    const pivot = rowK[k]!;
    for (let i = k + 1; i < n; i++) {
      const rowI = a[i]!;
      const f = rowI[k]!;
      for (let j = k + 1; j <= n; j++) rowI[j] = (rowI[j]! * pivot - f * rowK[j]!) / prev;
      rowI[k] = 0n;
    }
    prev = pivot;
  }
  // Back substitution in the scaled form: x_i = det · y_i stays integral (Cramer's rule).
  const det = prev;
  const x = new Array<bigint>(n).fill(0n);
  for (let i = n - 1; i >= 0; i--) {
    const row = a[i]!;
    let s = row[n]! * det;
    for (let j = i + 1; j < n; j++) s -= row[j]! * x[j]!;
    x[i] = s / row[i]!;
  }
  return { x, det };
}
