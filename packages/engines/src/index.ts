export * from './gmcr/types.ts';
export * as gmcr from './gmcr/index.ts';
export { buildModel } from './gmcr/model.ts';
export type { GmcrModel } from './gmcr/model.ts';
export * from './shared/engineError.ts';
export * from './shared/throwIfAborted.ts';
export * from './shared/csr.ts';
export * as negotiate from './negotiate/index.ts';
