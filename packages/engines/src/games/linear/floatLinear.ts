/**
 * Small dense float linear algebra for the path-following and polishing steps: Householder QR of
 * an underdetermined Jacobian (tangent and minimum-norm Newton step, Allgower & Georg 1990
 * §4.1–4.2) and Gaussian elimination with partial pivoting.
 */

/**
 * QR factorisation of Jᵀ for a Jacobian J with `rows` rows and rows + 1 columns (row-major).
 * Gives the unit tangent (kernel of J, for full-rank J) and the minimum-norm solution of
 * J δ = h.
 */
export class UnderdeterminedQr {
  private readonly n: number;
  /** Jᵀ overwritten by R (upper part) and the Householder vectors (below the diagonal). */
  private readonly a: Float64Array;
  private readonly beta: Float64Array;
  private readonly diag: Float64Array;

  constructor(j: Float64Array, rows: number) {
    const n = rows;
    const cols = n + 1;
    this.n = n;
    // a is (n+1) × n, column-major: a[c * (n+1) + r] = Jᵀ[r][c] = J[c][r].
    const a = new Float64Array(cols * n);
    for (let c = 0; c < n; c++) for (let r = 0; r < cols; r++) a[c * cols + r] = j[c * cols + r]!;
    this.beta = new Float64Array(n);
    this.diag = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const col = k * cols;
      let norm = 0;
      for (let r = k; r < cols; r++) norm += a[col + r]! ** 2;
      norm = Math.sqrt(norm);
      if (!(norm > 1e-150)) continue; // a (numerically) zero column: rank deficient, diag stays 0
      const alpha = a[col + k]! > 0 ? -norm : norm;
      this.diag[k] = alpha;
      a[col + k]! -= alpha; // v = x - alpha e_k stored in place
      let vv = 0;
      for (let r = k; r < cols; r++) vv += a[col + r]! ** 2;
      const beta = vv === 0 ? 0 : 2 / vv;
      this.beta[k] = beta;
      for (let c2 = k + 1; c2 < n; c2++) {
        const other = c2 * cols;
        let dot = 0;
        for (let r = k; r < cols; r++) dot += a[col + r]! * a[other + r]!;
        const f = beta * dot;
        for (let r = k; r < cols; r++) a[other + r]! -= f * a[col + r]!;
      }
    }
    this.a = a;
  }

  /** Applies Q = H_0 H_1 … H_{n-1} to a vector of length n + 1, in place. */
  private applyQ(x: Float64Array): void {
    const cols = this.n + 1;
    for (let k = this.n - 1; k >= 0; k--) {
      const beta = this.beta[k]!;
      if (beta === 0) continue;
      const col = k * cols;
      let dot = 0;
      for (let r = k; r < cols; r++) dot += this.a[col + r]! * x[r]!;
      const f = beta * dot;
      for (let r = k; r < cols; r++) x[r]! -= f * this.a[col + r]!;
    }
  }

  /** The unit vector spanning the kernel of J (sign arbitrary): Q's last column. */
  tangent(): Float64Array {
    const t = new Float64Array(this.n + 1);
    t[this.n] = 1;
    this.applyQ(t);
    return t;
  }

  /** Minimum-norm δ with J δ = h: δ = Q [R⁻ᵀ h; 0]. */
  solve(h: Float64Array): Float64Array {
    const n = this.n;
    const cols = n + 1;
    const z = new Float64Array(cols);
    for (let k = 0; k < n; k++) {
      let s = h[k]!;
      for (let m = 0; m < k; m++) s -= this.a[k * cols + m]! * z[m]!; // R[m][k] is above the diagonal of column k
      z[k] = s / this.diag[k]!;
    }
    this.applyQ(z);
    return z;
  }

  /** Smallest |R_kk|: near zero when J loses rank (a bifurcation or a singular point). */
  minPivot(): number {
    let min = Infinity;
    for (const d of this.diag) min = Math.min(min, Number.isNaN(d) ? 0 : Math.abs(d));
    return min;
  }
}

/** Solves the square system M x = b (row-major n×n) by partial pivoting; undefined if singular. */
export function solveDense(m: Float64Array, b: Float64Array, n: number): Float64Array | undefined {
  const a = Float64Array.from(m);
  const x = Float64Array.from(b);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let r = k + 1; r < n; r++) if (Math.abs(a[r * n + k]!) > Math.abs(a[p * n + k]!)) p = r;
    if (Math.abs(a[p * n + k]!) < 1e-300) return undefined;
    if (p !== k) {
      for (let c = 0; c < n; c++) [a[k * n + c], a[p * n + c]] = [a[p * n + c]!, a[k * n + c]!];
      [x[k], x[p]] = [x[p]!, x[k]!];
    }
    for (let r = k + 1; r < n; r++) {
      const f = a[r * n + k]! / a[k * n + k]!;
      if (f === 0) continue;
      for (let c = k; c < n; c++) a[r * n + c]! -= f * a[k * n + c]!;
      x[r]! -= f * x[k]!;
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    let s = x[k]!;
    for (let c = k + 1; c < n; c++) s -= a[k * n + c]! * x[c]!;
    x[k] = s / a[k * n + k]!;
  }
  return x;
}
