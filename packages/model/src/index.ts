export * from './diagnostic.ts';
export * from './statement/ast.ts';
export * from './scenario/schema.ts';
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
