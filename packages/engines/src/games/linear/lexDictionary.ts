/**
 * An integer-pivoting dictionary for the polytope { z ≥ 0 : M z ≤ 1 } with M a positive integer
 * matrix, the shape of both best-response polytopes of a bimatrix game and of the LPs solved
 * here.
 *
 * Variables: z_0 … z_{d-1} (structural) and the slacks s_0 … s_{k-1} (indices d … d+k-1). Row i
 * of the compact dictionary reads
 *     D · x_{B(i)} + Σ_j T[i][j] · x_{N(j)} = T[i][rhs],
 * with D the current basis determinant (positive). Pivoting on (r, c) updates every entry by
 * T'[i][j] = (T[i][j]·T[r][c] − T[i][c]·T[r][j]) / D, an exact integer division (Edmonds 1967;
 * Bareiss 1968), keeps row r, negates column c and puts D at (r, c); numbers stay the size of
 * subdeterminants instead of exploding as fractions do (Avis 2000, lrs).
 *
 * Ratio tests are lexicographic (Dantzig, Orden & Wolfe 1955): ties in rhs/T[i][c] are broken by
 * the rows of D·B⁻¹ (the slack columns), which never tie. This is the perturbation b + (ε, ε², …),
 * so every basis is a vertex of a simple polytope, no pivoting rule cycles, and the graph of
 * lexicographically feasible bases is connected.
 *
 * Optional extra rows (objective rows) are carried through pivots but never leave the basis.
 */

export class LexDictionary {
  /** Constraint rows. */
  readonly k: number;
  /** Structural variables (= nonbasic positions). */
  readonly d: number;
  /** Row length: d nonbasic columns then the right-hand side. */
  readonly width: number;
  /** Row-major entries of the k constraint rows followed by the extra rows. */
  readonly t: bigint[];
  det = 1n;
  /** basic[i] = variable basic in row i. */
  readonly basic: Int32Array;
  /** nonbasic[j] = variable at nonbasic position j. */
  readonly nonbasic: Int32Array;
  /** row of a basic variable, or -1. */
  readonly rowOf: Int32Array;
  /** position of a nonbasic variable, or -1. */
  readonly colOf: Int32Array;
  readonly totalRows: number;

  /**
   * `m` is the k×d constraint matrix (positive integers); `extra` are additional rows of d + 1
   * integers (coefficients and right-hand side), e.g. an objective row `[-c…, 0]`.
   */
  constructor(m: readonly (readonly bigint[])[], extra: readonly (readonly bigint[])[] = []) {
    this.k = m.length;
    this.d = m[0]?.length ?? 0;
    this.width = this.d + 1;
    this.totalRows = this.k + extra.length;
    this.t = [];
    for (const row of m) this.t.push(...row, 1n);
    for (const row of extra) this.t.push(...row);
    const vars = this.d + this.k;
    this.basic = Int32Array.from({ length: this.k }, (_, i) => this.d + i);
    this.nonbasic = Int32Array.from({ length: this.d }, (_, j) => j);
    this.rowOf = new Int32Array(vars).fill(-1);
    this.colOf = new Int32Array(vars).fill(-1);
    for (let i = 0; i < this.k; i++) this.rowOf[this.d + i] = i;
    for (let j = 0; j < this.d; j++) this.colOf[j] = j;
  }

  /** An independent copy (same basis, same entries). */
  clone(): LexDictionary {
    const copy = Object.create(LexDictionary.prototype) as LexDictionary;
    Object.assign(copy, {
      k: this.k,
      d: this.d,
      width: this.width,
      totalRows: this.totalRows,
      t: this.t.slice(),
      det: this.det,
      basic: this.basic.slice(),
      nonbasic: this.nonbasic.slice(),
      rowOf: this.rowOf.slice(),
      colOf: this.colOf.slice(),
    });
    return copy;
  }

  /** Right-hand side of row i (the basic variable's value times D). */
  rhs(i: number): bigint {
    return this.t[i * this.width + this.d]!;
  }

  /** Value of a variable times D (0 when nonbasic). */
  valueOf(v: number): bigint {
    const r = this.rowOf[v]!;
    return r < 0 ? 0n : this.rhs(r);
  }

  /**
   * The leaving row when the variable at nonbasic position c enters (lexicographic minimum
   * ratio), or -1 when no row limits it.
   */
  ratioTest(c: number): number {
    const { t, width, d, k } = this;
    let best = -1;
    for (let i = 0; i < k; i++) {
      const a = t[i * width + c]!;
      if (a <= 0n) continue;
      if (best < 0) {
        best = i;
        continue;
      }
      const b = t[best * width + c]!;
      const lhs = t[i * width + d]! * b;
      const rhs = t[best * width + d]! * a;
      if (lhs < rhs || (lhs === rhs && this.lexLess(i, best, a, b))) best = i;
    }
    return best;
  }

  /** Entry of D·B⁻¹ in row i for slack s: the slack's column, or D·e_i when it is basic. */
  private inverseEntry(i: number, slack: number): bigint {
    const v = this.d + slack;
    const c = this.colOf[v]!;
    if (c >= 0) return this.t[i * this.width + c]!;
    return this.rowOf[v] === i ? this.det : 0n;
  }

  /** Row i before row j in the lexicographic order of (D·B⁻¹ row)/pivot-column entry. */
  private lexLess(i: number, j: number, ai: bigint, aj: bigint): boolean {
    for (let s = 0; s < this.k; s++) {
      const l = this.inverseEntry(i, s) * aj;
      const r = this.inverseEntry(j, s) * ai;
      if (l !== r) return l < r;
    }
    return false; // identical rows of a nonsingular matrix cannot happen
  }

  /** Exchanges the variable at nonbasic position c with the basic variable of row r. */
  pivot(r: number, c: number): void {
    const { t, width, totalRows } = this;
    const rowR = r * width;
    const p = t[rowR + c]!;
    const det = this.det;
    // One deliberate hot loop: most of the solvers' time is spent here.
    for (let i = 0; i < totalRows; i++) {
      if (i === r) continue;
      const rowI = i * width;
      const f = t[rowI + c]!;
      if (f === 0n) {
        if (p !== det) for (let j = 0; j < width; j++) t[rowI + j] = (t[rowI + j]! * p) / det;
      } else {
        for (let j = 0; j < width; j++) {
          if (j !== c) t[rowI + j] = (t[rowI + j]! * p - f * t[rowR + j]!) / det;
        }
        t[rowI + c] = -f;
      }
    }
    t[rowR + c] = det;
    this.det = p;
    const entering = this.nonbasic[c]!;
    const leaving = this.basic[r]!;
    this.basic[r] = entering;
    this.nonbasic[c] = leaving;
    this.rowOf[entering] = r;
    this.rowOf[leaving] = -1;
    this.colOf[leaving] = c;
    this.colOf[entering] = -1;
  }
}
