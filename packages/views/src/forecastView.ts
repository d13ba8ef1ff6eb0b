/**
 * The forecast view's data: every model of `parley forecast` on every issue (weighted mean,
 * capability-weighted mean and weighted median baselines; the BDM expected-utility model of
 * Scholz et al. 2011; the KTAB spatial model), optionally with Monte Carlo over the inputs
 * written with a range — computed exactly as the server's forecast job does, then laid out by
 * the report's `forecastSection`.
 */
import { applyArchitecture, type Scenario } from '@parley/model';
import { forecast } from '@parley/engines';
import { forecastSection, type ForecastRuns } from '@parley/report';
import type { ForecastViewData } from './viewTypes.ts';

export const FORECAST_MODELS: readonly forecast.ForecastModel[] = [
  'mean',
  'capability-mean',
  'median',
  'bdm',
  'smp',
];

export interface ForecastViewOptions {
  architecture?: string;
  runs?: number;
  seed?: number;
  onProgress?: (fraction: number, phase: string) => void;
}

export function forecastRuns(scenario: Scenario, options: ForecastViewOptions): ForecastRuns {
  const input = forecast.forecastInputFromScenario(scenario);
  const runs = options.runs ?? 0;
  const seed = options.seed ?? 1;
  const share = (m: number, f: number, model: string) =>
    options.onProgress?.((m + f) / FORECAST_MODELS.length, model);
  const results = FORECAST_MODELS.map((model, m) => {
    share(m, 0, model);
    const point = forecast.forecast(input, { model });
    if (runs <= 0) return point;
    const mc = forecast.monteCarlo(input, {
      model,
      runs,
      seed,
      onProgress: (p) => share(m, 0.5 + p.done / Math.max(1, p.total) / 2, `${model} Monte Carlo`),
    });
    return { ...point, distribution: mc.distribution!, provenance: mc.provenance };
  });
  return { input, results, ...(runs > 0 ? { monteCarlo: { runs, seed } } : {}) };
}

export function forecastView(scenario: Scenario, options: ForecastViewOptions): ForecastViewData {
  const variant =
    options.architecture === undefined
      ? scenario
      : applyArchitecture(scenario, options.architecture);
  const runs = forecastRuns(variant, options);
  const uncertainInputs = runs.input.actors.filter((a) => a.ranges !== undefined).length;
  return { section: forecastSection(variant, runs), uncertainInputs };
}
