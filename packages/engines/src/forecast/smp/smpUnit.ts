/**
 * The numbers of one spatial-model unit in KTAB's internal scale: positions and saliences on
 * [0, 1] (KTAB divides its 0–100 inputs by 100), one row per actor, one column per dimension.
 */
export interface SmpUnit {
  n: number;
  dims: number;
  /** Positions pos[a * dims + d] ∈ [0, 1]. */
  pos: Float64Array;
  /** Saliences sal[a * dims + d] ∈ [0, 1]; an actor's saliences sum to ≤ 1. */
  sal: Float64Array;
  /** Capabilities (KTAB's sCap), > 0. */
  cap: Float64Array;
}
