/**
 * One chunk of a Monte Carlo forecast: runs [start, start + count) of the plan, drawn from the
 * random stream (seed, chunk index) — so the numbers of chunk k never depend on which worker
 * computes it or how many workers there are. Returns plain typed arrays that cross worker
 * boundaries by structured clone.
 */
import { createRng } from '../../shared/rng.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import { planUnits, problemFromInput, type ForecastProblem } from '../forecastProblem.ts';
import { resolveForecastSettings } from '../forecastSettings.ts';
import { runUnit } from '../runUnit.ts';
import type { ForecastInput, ForecastOptions } from '../types.ts';
import { applyDraw, triangular, uncertainInputs } from './uncertainInputs.ts';

/** Monte Carlo settings on top of the model options. */
export interface MonteCarloOptions extends ForecastOptions {
  /** Number of runs (default 1000). */
  runs?: number;
  /** Master seed (default 1). */
  seed?: number;
  /** Runs per chunk, the unit of parallel work (default 250). */
  chunkSize?: number;
}

/** What a worker returns for one chunk. */
export interface MonteCarloChunk {
  index: number;
  start: number;
  count: number;
  /** forecasts[r * nDims + d]; NaN where a dimension has no forecast. */
  forecasts: Float64Array;
  /** draws[r * nInputs + k], the drawn value of uncertain input k. */
  draws: Float64Array;
  /** rounds[r * nUnits + u] and converged[r * nUnits + u]. */
  rounds: Uint16Array;
  converged: Uint8Array;
}

export const DEFAULT_RUNS = 1000;
export const DEFAULT_CHUNK = 250;

/** The chunk layout: chunk k covers runs [k·size, min(runs, (k+1)·size)). */
export function chunkCount(options: MonteCarloOptions): number {
  return Math.ceil((options.runs ?? DEFAULT_RUNS) / (options.chunkSize ?? DEFAULT_CHUNK));
}

export function monteCarloChunk(
  input: ForecastInput,
  options: MonteCarloOptions,
  index: number,
): MonteCarloChunk {
  const runs = options.runs ?? DEFAULT_RUNS;
  const size = options.chunkSize ?? DEFAULT_CHUNK;
  const start = index * size;
  const count = Math.max(0, Math.min(size, runs - start));
  const base = problemFromInput(input);
  const { units } = planUnits(input, options.joint);
  const settings = {
    ...resolveForecastSettings(options),
    audit: false,
    keepTurns: false,
    scratch: new Map(),
  };
  const inputs = uncertainInputs(input);
  const rng = createRng(options.seed ?? 1, index);
  const chunk: MonteCarloChunk = {
    index,
    start,
    count,
    forecasts: new Float64Array(count * base.nDims),
    draws: new Float64Array(count * inputs.length),
    rounds: new Uint16Array(count * units.length),
    converged: new Uint8Array(count * units.length),
  };
  const work = cloneProblem(base);
  for (let r = 0; r < count; r++) {
    if (r % 16 === 0) throwIfAborted(options.signal);
    resetProblem(work, base);
    const values = chunk.draws.subarray(r * inputs.length, (r + 1) * inputs.length);
    inputs.forEach((v, k) => (values[k] = triangular(rng.next(), v.low, v.mode, v.high)));
    applyDraw(work, inputs, values);
    units.forEach((unit, u) => {
      const outcome = runUnit(work, unit, settings);
      unit.dims.forEach((d, k) => (chunk.forecasts[r * base.nDims + d] = outcome.forecast[k]!));
      chunk.rounds[r * units.length + u] = outcome.rounds;
      chunk.converged[r * units.length + u] = outcome.converged ? 1 : 0;
    });
  }
  return chunk;
}

function cloneProblem(p: ForecastProblem): ForecastProblem {
  return {
    ...p,
    capability: Float64Array.from(p.capability),
    position: Float64Array.from(p.position),
    salience: Float64Array.from(p.salience),
  };
}

function resetProblem(target: ForecastProblem, base: ForecastProblem): void {
  target.capability.set(base.capability);
  target.position.set(base.position);
  target.salience.set(base.salience);
}
