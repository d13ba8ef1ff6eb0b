/**
 * Forecasts as `parley forecast --json` computes them (docs/forecast.md): each model once at
 * the stated inputs, and with `runs` also by Monte Carlo over the inputs written with a range.
 * The worker runs the Monte Carlo chunks in sequence with the engine's own `monteCarlo`; the
 * chunks' random streams depend only on (seed, chunk), so the result equals the CLI's pool
 * result for any number of workers.
 */
import { forecast } from '@parley/engines';
import { forecastJson } from '@parley/report';
import type { EngineProvenance, JobInput, ProgressHook } from '../jobTypes.ts';
import type { ForecastParams } from '../params.ts';
import { JobInputError } from './jobError.ts';
import { scenarioOf } from './scenarioOf.ts';

/** The models `parley forecast` runs by default (condorcet equals the median on one issue). */
export const DEFAULT_FORECAST_MODELS: readonly forecast.ForecastModel[] = [
  'mean',
  'capability-mean',
  'median',
  'bdm',
  'smp',
];

export function forecastJob(input: JobInput, params: ForecastParams, progress: ProgressHook) {
  const scenario = scenarioOf(input, params.architecture);
  if (scenario.issues.length === 0) {
    throw new JobInputError('no-issues', 'the scenario has no issues to forecast');
  }
  const engineInput = forecast.forecastInputFromScenario(scenario, params.issue);
  const models = params.models ?? DEFAULT_FORECAST_MODELS;
  const seed = params.seed ?? 1;
  const results: forecast.ForecastResult[] = [];
  models.forEach((model, m) => {
    const base: forecast.ForecastOptions = {
      model,
      ...(params.rounds !== undefined ? { rounds: params.rounds } : {}),
      ...(params.bdmVariant !== undefined ? { bdmVariant: params.bdmVariant } : {}),
      ...(params.joint ? { joint: true } : {}),
    };
    const share = (f: number) => progress((m + f) / models.length, `${model}`);
    const point = forecast.forecast(engineInput, {
      ...base,
      onProgress: (p) => share(p.done / Math.max(1, p.total) / 2),
    });
    if (params.runs === undefined) {
      results.push(point);
      return;
    }
    const mc = forecast.monteCarlo(engineInput, {
      ...base,
      runs: params.runs,
      seed,
      onProgress: (p) => share(0.5 + p.done / Math.max(1, p.total) / 2),
    });
    results.push({ ...point, distribution: mc.distribution!, provenance: mc.provenance });
  });
  const result = forecastJson(scenario, {
    input: engineInput,
    results,
    ...(params.runs !== undefined ? { monteCarlo: { runs: params.runs, seed } } : {}),
  });
  const provenance: EngineProvenance = {
    engine: 'forecast',
    method: models.join(','),
    parameters: { ...params, models: [...models] },
    ...(params.runs !== undefined ? { seed } : {}),
    warnings: [...new Set(results.flatMap((r) => r.provenance.warnings))],
  };
  return { result, provenance };
}
