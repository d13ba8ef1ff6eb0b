/**
 * Monte Carlo forecasting on a pool of worker threads. The engine splits the runs into fixed
 * chunks, each with its own random stream (seed, chunk index); workers compute chunks in any
 * order and the engine merges them by index, so the result is byte-identical for any number of
 * workers — and identical to the single-threaded `monteCarlo` of @parley/engines.
 *
 * Starting workers costs more than a small job: each loads the engines (≈0.3 CPU-s). So a probe
 * of a few runs (thrown away) is timed first; when the whole job would take less than
 * `inThreadBelowMs` at that pace, it runs on this thread (yielding between chunks, so Ctrl-C is
 * still heard), otherwise every chunk goes to the pool. Which thread computes a chunk never
 * changes its numbers.
 */
import { AbortedError } from '../../../engines/src/shared/engineError.ts';
import {
  chunkCount,
  DEFAULT_RUNS,
  finishMonteCarlo,
  monteCarloChunk,
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
  /**
   * Run on this thread when the job is estimated (from a timed probe) to take less than this
   * many milliseconds, or when `workers` is 1 (default 400); 0 always uses the pool.
   */
  inThreadBelowMs?: number;
}

const IN_THREAD_BELOW_MS = 400;
/** Runs in the timing probe. */
const PROBE_RUNS = 8;

/** The job's time on one thread, extrapolated from a probe of PROBE_RUNS runs. */
function estimateMs(input: ForecastInput, plain: MonteCarloOptions): number {
  const started = performance.now();
  monteCarloChunk(input, { ...plain, runs: PROBE_RUNS, chunkSize: PROBE_RUNS }, 0);
  const perRun = (performance.now() - started) / PROBE_RUNS;
  return perRun * (plain.runs ?? DEFAULT_RUNS);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

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
  const chunks: MonteCarloChunk[] = new Array<MonteCarloChunk>(total);
  let done = 0;
  const finished = (k: number, chunk: MonteCarloChunk) => {
    chunks[k] = chunk;
    onProgress?.({ done: ++done, total });
  };
  onProgress?.({ done: 0, total });
  const all = Array.from({ length: total }, (_, k) => k);
  const size = Math.min(pool.workers ?? 2, total);
  const threshold = pool.inThreadBelowMs ?? IN_THREAD_BELOW_MS;
  // One worker would only mirror this thread at the price of its start-up; 0 forces the pool.
  const inThread = threshold > 0 && (size <= 1 || estimateMs(input, plain) < threshold);
  if (inThread) {
    for (const k of all) {
      await nextTurn();
      if (signal?.aborted) throw new AbortedError(signal.reason);
      finished(k, monteCarloChunk(input, plain, k));
    }
  } else {
    await onPool(input, plain, all, size, finished, signal);
  }
  return finishMonteCarlo(input, plain, chunks);
}

async function onPool(
  input: ForecastInput,
  plain: Omit<MonteCarloOptions, 'signal' | 'onProgress'>,
  rest: number[],
  size: number,
  finished: (k: number, chunk: MonteCarloChunk) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const workers = new WorkerPool({ url: forecastWorkerUrl(), size });
  const abort = () => void workers.close(new AbortedError(signal?.reason));
  signal?.addEventListener('abort', abort, { once: true });
  try {
    await Promise.all(
      rest.map((k) =>
        workers
          .run<MonteCarloChunk>({ input, options: plain, chunk: k } satisfies ChunkTask)
          .then((chunk) => finished(k, chunk)),
      ),
    );
  } finally {
    signal?.removeEventListener('abort', abort);
    await workers.close();
  }
}
