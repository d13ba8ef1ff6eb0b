/**
 * Parameters of the spatial model of politics, named and defaulted as in KAPSARC's KTAB SMP
 * (smpSchema.xsd; SMPModel in examples/smp/libsrc/smp.h, github.com/KAPSARC/KTAB, MIT). The
 * defaults are KTAB's: Linear victory probability, Conditional PCE, Deterministic transitions,
 * Proportional voting, one-third big-R adjustment on the Mid range, SemiCommit third parties,
 * S2P2 interpolated bargains proposed by the initiator only.
 */

export type VictoryProbModel = 'Linear' | 'Square' | 'Quartic' | 'Octic' | 'Binary';
export type PceModel = 'Conditional' | 'MarkovIncentive' | 'MarkovUniform';
export type StateTransitions = 'Deterministic' | 'Stochastic';
export type VotingRule = 'Binary' | 'PropBin' | 'Proportional' | 'PropCbc' | 'Cubic' | 'ASymProsp';
export type BigRAdjust = 'Full' | 'TwoThirds' | 'Half' | 'OneThird' | 'No';
export type BigRRange = 'Min' | 'Mid' | 'Max';
export type ThirdPartyCommit = 'NoCommit' | 'SemiCommit' | 'FullCommit';
export type InterVecBrgn = 'S1P1' | 'S2P2' | 'S2PMax';
export type BargnModel = 'InitOnlyInterp' | 'InitRcvrInterp' | 'PWCompInterp';

export interface SmpSettings {
  victoryProbModel: VictoryProbModel;
  pceModel: PceModel;
  stateTransitions: StateTransitions;
  votingRule: VotingRule;
  bigRAdjust: BigRAdjust;
  bigRRange: BigRRange;
  thirdPartyCommit: ThirdPartyCommit;
  interVecBrgn: InterVecBrgn;
  bargnModel: BargnModel;
  /**
   * Ideal-accommodation matrix A (actor × actor, rows sum to ≤ 1): ideal_{t+1} = Σ_j A_ij x_j +
   * (1 − Σ_j A_ij) ideal_t. Absent means the identity (ideals follow positions, KTAB's default).
   * Indexed by the unit's actors in input order.
   */
  accommodation?: number[][];
  /** Seed for Stochastic transitions (Parley draws from its own seeded generator). */
  seed: number;
  /** KTAB's stopping rule: at least minTurns, stop when the summed move < ratio × first move. */
  minTurns: number;
  stopRatio: number;
  /** Forecast read-out from the final positions: c·s weighted median or mean. */
  readout: 'median' | 'mean';
}

export const KTAB_DEFAULTS: Readonly<SmpSettings> = {
  victoryProbModel: 'Linear',
  pceModel: 'Conditional',
  stateTransitions: 'Deterministic',
  votingRule: 'Proportional',
  bigRAdjust: 'OneThird',
  bigRRange: 'Mid',
  thirdPartyCommit: 'SemiCommit',
  interVecBrgn: 'S2P2',
  bargnModel: 'InitOnlyInterp',
  seed: 0,
  minTurns: 2,
  stopRatio: 0.02,
  readout: 'median',
};

export function resolveSmpSettings(overrides: Partial<SmpSettings> = {}): SmpSettings {
  return { ...KTAB_DEFAULTS, ...overrides };
}
