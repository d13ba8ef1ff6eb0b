export * from './workerPool.ts';
export * from './monteCarloOnPool.ts';
