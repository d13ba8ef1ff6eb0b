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
