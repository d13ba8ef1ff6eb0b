/**
 * Monte Carlo forecasting on a pool of worker threads. The engine splits the runs into fixed
 * chunks, each with its own random stream (seed, chunk index); workers compute chunks in any
 * order and the engine merges them by index, so the result is byte-identical for any number of
 * workers — and identical to the single-threaded `monteCarlo` of @parley/engines.
 */
import { AbortedError } from '../../../engines/src/shared/engineError.ts';
import {
  chunkCount,
  finishMonteCarlo,
  type ForecastInput,
  type ForecastResult,
  type MonteCarloChunk,
  type MonteCarloOptions,
} from '../../../engines/src/forecast/index.ts';
import type { ChunkTask } from './forecastWorker.ts';
import { WorkerPool } from './workerPool.ts';

export interface PoolRunOptions {
  /** Worker threads (default 2). */
  workers?: number;
}

/** The worker module: TypeScript beside this file from source, the built file in dist. */
export function forecastWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./forecastWorker.ts', import.meta.url)
    : new URL('./forecast-worker.js', import.meta.url);
}

export async function monteCarloOnPool(
  input: ForecastInput,
  options: MonteCarloOptions,
  pool: PoolRunOptions = {},
): Promise<ForecastResult> {
  const { signal, onProgress, ...plain } = options;
  signal?.throwIfAborted();
  const total = chunkCount(options);
  const workers = new WorkerPool({
    url: forecastWorkerUrl(),
    size: Math.min(pool.workers ?? 2, Math.max(1, total)),
  });
  const abort = () => void workers.close(new AbortedError(signal?.reason));
  signal?.addEventListener('abort', abort, { once: true });
  let done = 0;
  try {
    onProgress?.({ done: 0, total });
    const chunks = await Promise.all(
      Array.from({ length: total }, (_, k) =>
        workers
          .run<MonteCarloChunk>({ input, options: plain, chunk: k } satisfies ChunkTask)
          .then((chunk) => {
            onProgress?.({ done: ++done, total });
            return chunk;
          }),
      ),
    );
    return finishMonteCarlo(input, plain, chunks);
  } finally {
    signal?.removeEventListener('abort', abort);
    await workers.close();
  }
}
