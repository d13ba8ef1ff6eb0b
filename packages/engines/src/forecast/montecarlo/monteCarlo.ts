/**
 * Monte Carlo forecast in one thread: the point forecast (inputs at their stated values) plus,
 * per dimension, the distribution of forecasts when every input with a range is drawn
 * (uncertainInputs.ts). Work is split into fixed chunks with their own random streams
 * (monteCarloChunk.ts); the worker pool in @parley/cli runs the same chunks in parallel and
 * merges them with the same `finishMonteCarlo`, so both give identical results.
 */
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import { forecast } from '../forecast.ts';
import type { ForecastInput, ForecastResult } from '../types.ts';
import {
  DEFAULT_CHUNK,
  DEFAULT_RUNS,
  chunkCount,
  monteCarloChunk,
  type MonteCarloChunk,
  type MonteCarloOptions,
} from './monteCarloChunk.ts';
import { summarizeMonteCarlo } from './summarizeMonteCarlo.ts';

export function monteCarlo(input: ForecastInput, options: MonteCarloOptions): ForecastResult {
  const total = chunkCount(options);
  const chunks: MonteCarloChunk[] = [];
  for (let k = 0; k < total; k++) {
    throwIfAborted(options.signal);
    options.onProgress?.({ done: k, total, message: `chunk ${k + 1}/${total}` });
    chunks.push(monteCarloChunk(input, options, k));
  }
  options.onProgress?.({ done: total, total });
  return finishMonteCarlo(input, options, chunks);
}

/** The point forecast with the merged distribution and the Monte Carlo settings in provenance. */
export function finishMonteCarlo(
  input: ForecastInput,
  options: MonteCarloOptions,
  chunks: readonly MonteCarloChunk[],
): ForecastResult {
  const { signal: _signal, onProgress: _onProgress, ...plain } = options;
  const point = forecast(input, { ...plain, audit: false });
  const runs = options.runs ?? DEFAULT_RUNS;
  return {
    ...point,
    distribution: summarizeMonteCarlo(input, chunks, options.joint),
    provenance: {
      ...point.provenance,
      seed: options.seed ?? 1,
      parameters: {
        ...point.provenance.parameters,
        monteCarlo: {
          runs,
          chunkSize: options.chunkSize ?? DEFAULT_CHUNK,
          distribution: 'triangular',
        },
      },
    },
  };
}
