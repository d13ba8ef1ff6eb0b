export type { StrategicGame, PayoffInput } from './strategicGame.ts';
export {
  bimatrixGame,
  checkGame,
  payoffMatrices,
  profileCount,
  profileIndex,
  pureProfile,
  tabulateGame,
  toRational,
} from './strategicGame.ts';
export type { MixedProfile } from './mixedProfile.ts';
export { expectedPayoffs, maxRegret, regrets, strategyValues } from './mixedProfile.ts';
export type {
  ConvexSet,
  Equilibrium,
  GameMethod,
  GameSolution,
  LogitPoint,
  Progress,
  SolveHooks,
} from './solution.ts';
export { GAME_METHODS } from './solution.ts';
export { fromGambit, REDUCED_FORM_NOTE, type GambitGame } from './fromGambit.ts';
export {
  behaviourLayout,
  toBehaviour,
  toBehaviourFloat,
  type BehaviourLayout,
  type UnreachedBehaviour,
} from './behaviourProfile.ts';
export { fromNfg } from './fromNfg.ts';
export { reducedStrategicForm, type ReducedForm } from './reducedStrategicForm.ts';
export { solveGame, TWO_PLAYER_METHODS, type SolveGameOptions } from './solveGame.ts';
export { enumPure } from './solvers/enumpure.ts';
export { enumMixed, type EnumMixedOptions } from './solvers/enummixed.ts';
export { lcpSolve, type LcpOptions } from './solvers/lcp.ts';
export { lpSolve, isConstantSum } from './solvers/lp.ts';
export { simpdivSolve, type SimpdivOptions } from './solvers/simpdiv.ts';
export { logitSolve, type LogitOptions } from './solvers/logit.ts';
export {
  eliminateDominated,
  restrictGame,
  type DominanceOptions,
  type DominanceResult,
  type DominanceStep,
} from './solvers/dominance.ts';
export {
  formatGambit,
  formatSignificant,
  TREE_BEHAVIOUR_METHODS,
  type FormatGambitOptions,
} from './formatGambit.ts';
export { toJson, type GameSolutionJson } from './toJson.ts';
