export * from './types.ts';
export * from './model.ts';
export * from './analyze.ts';
export { gmcrInputFromScenario, UnvalidatedScenarioError } from './fromScenario.ts';
export { resolveMovers } from './movers.ts';
export { buildMoveStructure, reverseGraph, row, type MoveStructure } from './moveStructure.ts';
export { compilePredicate, type Predicate } from './predicate.ts';
export { nashStability } from './stability/nash.ts';
export { gmrStability } from './stability/gmr.ts';
export { smrStability } from './stability/smr.ts';
export { seqStability } from './stability/seq.ts';
export { simStability } from './stability/sim.ts';
export {
  statusQuoAnalysis,
  type StatusQuoOptions,
  type StatusQuoResult,
  type StatusQuoTarget,
  type StatusQuoEvolution,
  type EvolutionNode,
  type EvolutionEdge,
} from './statusQuo.ts';
export {
  limitedMoveStability,
  limitedMoveTable,
  anticipatedLine,
  anticipatedResponse,
  type LimitedMoveResult,
  type LimitedMoveTable,
  type LimitedMoveLayer,
} from './limitedMove.ts';
export {
  explain,
  type Explanation,
  type ExplainedImprovement,
  type ExplainConcept,
} from './explain.ts';
export { describeMove, describeState, stateName, type StateSummary } from './describe.ts';
