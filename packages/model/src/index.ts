export * from './diagnostic.ts';
export * from './statement/ast.ts';
export * from './scenario/schema.ts';
export * from './didYouMean.ts';
export {
  parseStatement,
  MAX_STATEMENT_DEPTH,
  type ParseStatementResult,
} from './statement/parseStatement.ts';
export { tokenizeStatement, type Token, type TokenKind } from './statement/tokenizeStatement.ts';
export { evaluate } from './statement/evaluate.ts';
export { compileExpr, mapOptions, UnknownOptionError } from './statement/compileExpr.ts';
export { formatExpr } from './statement/formatExpr.ts';
export { optionsIn } from './statement/optionsIn.ts';
export { parseScenario, type ParseScenarioOptions } from './scenario/parseScenario.ts';
export { validateScenario, type ValidateScenarioOptions } from './scenario/validateScenario.ts';
export {
  feasibleDecimals,
  feasibleDecimalsNaive,
  countFeasible,
  isFeasible,
  ynFromDecimal,
  stateFromYN,
  MAX_OPTIONS,
} from './scenario/feasibleDecimals.ts';
export {
  compileScenario,
  compileCondition,
  compileInfeasible,
  optionIndexOf,
  statusQuoDecimal,
  rankingGroup,
  statementText,
  conditionText,
  ScenarioCompileError,
  type CompiledScenario,
  type CompiledPreference,
} from './scenario/compileScenario.ts';
export {
  scenarioJsonSchema,
  scenarioJsonSchemaText,
  SCENARIO_SCHEMA_ID,
} from './scenario/scenarioJsonSchema.ts';
export { formatPath, type PathSegment } from './scenario/formatPath.ts';
export {
  yamlLocator,
  type Locator,
  type LocateTarget,
  type SourcePosition,
} from './scenario/yamlLocator.ts';
export * from './formats/gambit/index.ts';
export { importGmcr, type ImportGmcrOptions } from './formats/gmcr/importGmcr.ts';
export { exportGmcr, type ExportGmcrResult } from './formats/gmcr/exportGmcr.ts';
export { toDnf, type Dnf } from './formats/gmcr/toDnf.ts';
export {
  GMCR_PROGRAM,
  GMCR_VERSION,
  type GmcrFile,
  type GmcrDecisionMaker,
  type GmcrOption,
  type GmcrAnyCondition,
  type GmcrRankingEntry,
} from './formats/gmcr/gmcrFile.ts';
export * from './formats/genius/index.ts';
export * from './formats/ktab/index.ts';
export * from './formats/bdmcsv/index.ts';
export {
  listArchitectures,
  applyArchitecture,
  implicitBaseline,
  IMPLICIT_BASELINE_ID,
  UnknownArchitectureError,
} from './scenario/architectures.ts';
export {
  tracksOf,
  sequencingSteps,
  trackPackages,
  vetoHoldersOver,
  IMPLICIT_TRACK_ID,
} from './scenario/architectureTracks.ts';
export { substituteOptions, type Substituted } from './scenario/architectureSubstitute.ts';
