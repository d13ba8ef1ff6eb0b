/**
 * The app's two workers. Vite bundles each `new Worker(new URL(…), {type: 'module'})` as its
 * own chunk served from the app's origin (CSP `worker-src 'self'`); they start on first use.
 */
import { EngineClient, type WorkerLike } from './engineClient.ts';

export const engines = new EngineClient(
  () =>
    new Worker(new URL('./engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'parley-engines',
    }) as unknown as WorkerLike,
);

export const validator = new EngineClient(
  () =>
    new Worker(new URL('./validate.worker.ts', import.meta.url), {
      type: 'module',
      name: 'parley-validate',
    }) as unknown as WorkerLike,
);
