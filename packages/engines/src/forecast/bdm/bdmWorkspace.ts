/**
 * Scratch space of the BDM round loop: per-pair probabilities and utilities, risk exponents and
 * the attention shares ω of a package. Allocated once per run, or once per unit size across the
 * runs of a Monte Carlo chunk.
 */
import type { BdmUnit } from './bdmUnit.ts';

/** Scratch arrays reused across rounds (and, in Monte Carlo, across runs of one size). */
export class BdmWorkspace {
  readonly ones: Float64Array;
  readonly r: Float64Array;
  readonly security: Float64Array;
  readonly pass1: Float64Array;
  readonly p1: Float64Array;
  readonly p2: Float64Array;
  readonly powed: Float64Array;
  readonly mu: Float64Array;
  readonly omega: Float64Array;
  readonly column: Float64Array;
  readonly weights: Float64Array;
  /** uS[d·n² + a·n + b]: U_s of a contest over |x_a − x_b| with a's exponent; likewise uF. */
  readonly uS: Float64Array;
  readonly uF: Float64Array;
  /** U_sq with each actor's exponent. */
  readonly uSQ: Float64Array;
  /** Exponent each actor evaluates with in the current pass. */
  readonly rPass: Float64Array;
  /** Position buffers the rounds alternate between when turns are not kept (Monte Carlo). */
  readonly positionsA: Float64Array;
  readonly positionsB: Float64Array;
  /** The unit's columns, saliences on [0, 1] and ranges, rebuilt in place for each run. */
  readonly unitX: Float64Array;
  readonly unitS: Float64Array;
  readonly unitC: Float64Array;
  readonly unitSal: Float64Array;
  readonly unitRange: Float64Array;
  /** E(U_ij) and E(U_ji) of the dyad being classified (receiver perspective). */
  readonly pair = new Float64Array(2);

  constructor(
    readonly n: number,
    readonly dims: number,
  ) {
    this.ones = new Float64Array(n).fill(1);
    this.r = new Float64Array(n);
    this.security = new Float64Array(n);
    this.pass1 = new Float64Array(n * n);
    this.p1 = new Float64Array(dims * n * n);
    this.p2 = new Float64Array(dims * n * n);
    this.powed = new Float64Array(n * n);
    this.mu = new Float64Array(dims);
    this.column = new Float64Array(n);
    this.weights = new Float64Array(n);
    this.uS = new Float64Array(dims * n * n);
    this.uF = new Float64Array(dims * n * n);
    this.uSQ = new Float64Array(n);
    this.rPass = new Float64Array(n);
    this.omega = new Float64Array(n * dims);
    this.positionsA = new Float64Array(n * dims);
    this.positionsB = new Float64Array(n * dims);
    this.unitX = new Float64Array(n * dims);
    this.unitS = new Float64Array(n * dims);
    this.unitC = new Float64Array(n);
    this.unitSal = new Float64Array(n * dims);
    this.unitRange = new Float64Array(dims);
  }

  fits(n: number, dims: number): boolean {
    return this.n === n && this.dims === dims;
  }

  /** Resets state that depends on the unit: ω, each actor's attention share per dimension. */
  prepare(unit: BdmUnit): void {
    const { n, dims, s } = unit;
    this.r.fill(1);
    this.omega.fill(1);
    if (dims === 1) return;
    for (let a = 0; a < n; a++) {
      let total = 0;
      for (let d = 0; d < dims; d++) total += s[a * dims + d]!;
      for (let d = 0; d < dims; d++) {
        this.omega[a * dims + d] = total > 0 ? s[a * dims + d]! / total : 1 / dims;
      }
    }
  }
}
