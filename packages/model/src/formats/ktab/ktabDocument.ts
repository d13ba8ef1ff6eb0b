/**
 * A KTAB SMP scenario as read from its CSV or XML form (KAPSARC KTAB, examples/smp: smpread.cpp,
 * smpSchema.xsd), before it becomes a Parley scenario. Every number remembers where it was
 * written so problems can be reported at line:col.
 */

/** A value and the 1-based position of its text. */
export interface Located<T> {
  value: T;
  line: number;
  col: number;
}

export interface KtabActor {
  name: Located<string>;
  description: string;
  capability: Located<number>;
  /** One per dimension, 0-100. */
  position: Located<number>[];
  /** One per dimension, 0-100; an actor's saliences sum to at most 100. */
  salience: Located<number>[];
}

/** One entry of KTAB's ideal-accommodation matrix (XML `IdealAdjustment/iaPair`). */
export interface KtabIdealAdjustment {
  adjustingIdeal: Located<string>;
  referencePos: Located<string>;
  adjust: Located<number>;
}

export interface KtabDocument {
  name: string;
  description: string;
  /** XML `prngSeed` as written (a 64-bit integer; CSV runs use KTAB's fixed default). */
  seed?: string;
  /**
   * XML `ModelParameters` by element name (VictoryProbModel, PCEModel, StateTransitions,
   * VotingRule, BigRAdjust, BigRRange, ThirdPartyCommit, InterVecBrgn, BargnModel). Empty when
   * absent: KTAB's defaults apply.
   */
  parameters: Record<string, string>;
  dimensions: string[];
  actors: KtabActor[];
  idealAdjustment: KtabIdealAdjustment[];
}

/** The enumerations of smpSchema.xsd; the first of each list is not necessarily the default. */
export const KTAB_PARAMETER_VALUES: Readonly<Record<string, readonly string[]>> = {
  VictoryProbModel: ['Linear', 'Square', 'Quartic', 'Octic', 'Binary'],
  PCEModel: ['Conditional', 'MarkovIncentive', 'MarkovUniform'],
  StateTransitions: ['Deterministic', 'Stochastic'],
  VotingRule: ['Binary', 'PropBin', 'Proportional', 'PropCbc', 'Cubic', 'ASymProsp'],
  BigRAdjust: ['Full', 'TwoThirds', 'Half', 'OneThird', 'No'],
  BigRRange: ['Min', 'Mid', 'Max'],
  ThirdPartyCommit: ['NoCommit', 'SemiCommit', 'FullCommit'],
  InterVecBrgn: ['S1P1', 'S2P2', 'S2PMax'],
  BargnModel: ['InitOnlyInterp', 'InitRcvrInterp', 'PWCompInterp'],
};
