/**
 * The numbers of one BDM unit (an issue, or a linked package of issues) in the layout the round
 * loop reads: actor-major typed arrays, salience as a probability on [0, 1].
 */

export interface BdmUnit {
  /** Number of actors. */
  n: number;
  /** Number of dimensions (1 for a single issue). */
  dims: number;
  /** Positions, x[a * dims + d], in scale units. */
  x: Float64Array;
  /** Capabilities c_a > 0. */
  c: Float64Array;
  /** Saliences s[a * dims + d] ∈ [0, 1]. */
  s: Float64Array;
  /** Normalising range R_d (eq. 14) per dimension, > 0. */
  range: Float64Array;
}
