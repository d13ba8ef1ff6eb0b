export * from './gmcr/types.ts';
