/**
 * Running the forecasting models for a command: each model once deterministically (its
 * trajectory and BDM audit records), and with `runs` also by Monte Carlo on the worker pool,
 * whose distribution and provenance are merged into the deterministic result — the point
 * forecast is the same, the Monte Carlo run just does not keep the audit. Progress goes to
 * stderr; the AbortSignal (Ctrl-C) stops the pool.
 */
import { forecast } from '@parley/engines';
import type { Scenario } from '@parley/model';
import type { ForecastRuns } from '@parley/report';
import type { Ctx } from './context.ts';
import type { ForecastPlan } from './forecastArgs.ts';
import { monteCarloOnPool } from './pool/monteCarloOnPool.ts';
import { progressReporter } from './progress.ts';

export interface ForecastRunOptions {
  /** Only this issue (an issue id); default all. */
  issue?: string;
  /** Spatial-model settings from the input file (KTAB XML). */
  smp?: Partial<forecast.SmpSettings>;
  signal?: AbortSignal;
}

function modelOptions(
  model: forecast.ForecastModel,
  plan: ForecastPlan,
  options: ForecastRunOptions,
): forecast.ForecastOptions {
  return {
    model,
    ...(plan.rounds !== undefined ? { rounds: plan.rounds } : {}),
    ...(plan.bdmVariant !== undefined ? { bdmVariant: plan.bdmVariant } : {}),
    ...(options.smp ? { smp: options.smp } : {}),
    ...(plan.joint ? { joint: true } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
}

/** The results of every model of `plan` on the scenario (all issues, or `options.issue`). */
export async function runForecasts(
  ctx: Ctx,
  scenario: Scenario,
  plan: ForecastPlan,
  options: ForecastRunOptions = {},
): Promise<ForecastRuns> {
  const input = forecast.forecastInputFromScenario(scenario, options.issue);
  const results: forecast.ForecastResult[] = [];
  const progress = progressReporter(ctx);
  try {
    for (const [m, model] of plan.models.entries()) {
      const base = modelOptions(model, plan, options);
      const point = forecast.forecast(input, base);
      if (plan.runs === undefined) {
        results.push(point);
        continue;
      }
      const phase = `Monte Carlo, ${plan.runs} runs of ${plan.models.length} model(s)`;
      const mc = await monteCarloOnPool(
        input,
        {
          ...base,
          runs: plan.runs,
          seed: plan.seed,
          onProgress: (p) =>
            progress.update(phase, (m + p.done / Math.max(1, p.total)) / plan.models.length),
        },
        { workers: plan.workers },
      );
      results.push({ ...point, distribution: mc.distribution!, provenance: mc.provenance });
    }
  } finally {
    progress.done();
  }
  return {
    input,
    results,
    ...(plan.runs !== undefined ? { monteCarlo: { runs: plan.runs, seed: plan.seed } } : {}),
  };
}
