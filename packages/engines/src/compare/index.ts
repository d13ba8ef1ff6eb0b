export {
  gameFromScenarioModel,
  decimalOfProfile,
  profileOfDecimal,
  shortOptionId,
  MAX_GAME_OPTIONS,
  type GameView,
  type GameViewOptions,
  type GameViewPayoff,
} from './gameView.ts';
export {
  compareGameView,
  subModelInput,
  blockedImprovement,
  sanctionedImprovement,
  type GameViewComparison,
  type BlockedImprovement,
  type SanctionedImprovement,
} from './compareGameView.ts';
export { coreOptions, optionWeights, type OptionWeight } from './coreOptions.ts';
export { analyzeGameView, type GameViewAnalysis, type GameViewLimits } from './analyzeGameView.ts';
export { restrictCondition } from './restrictCondition.ts';
export {
  compareArchitectures,
  DEFAULT_STRATEGY_MIX,
  DEFAULT_COMPARE_RUNS,
  DEFAULT_COMPARE_ROUNDS,
  DEFAULT_FORECAST_MODELS,
  type CompareOptions,
} from './compareArchitectures.ts';
export type * from './compareTypes.ts';
export {
  negotiationUnits,
  adaptiveSteps,
  type NegotiationUnit,
  type UnitPlan,
} from './negotiationUnits.ts';
export { unitRule, type UnitRule } from './tableRule.ts';
export { runUnitSession, mechanismAt, firstDraft, type CompareMechanism } from './unitSession.ts';
export { salienceFactors, DEFAULT_OUTSIDER_SALIENCE } from './architectureForecast.ts';
