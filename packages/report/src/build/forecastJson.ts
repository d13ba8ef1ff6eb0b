/**
 * The stable JSON of `parley forecast --json` (documented in docs/cli.md). One model on one issue
 * is the engine's result as it is (docs/forecast.md); several issues or several models are
 * wrapped per issue, each issue holding one such single-issue result per model, so a reader of
 * the JSON handles one result shape either way.
 */
import type { forecast } from '@parley/engines';
import type { Scenario } from '@parley/model';
import type { ForecastRuns } from '../forecastReport.ts';
import { forecastIssueResult, orderForecastResult } from './forecastIssueResult.ts';

export interface ForecastIssueJson {
  /** The issue's id. */
  issue: string;
  name: string;
  scale: { min: number; max: number; low: string; high: string };
  /** Ids of the issues forecast together with this one (its linkages), else empty. */
  linkedWith: string[];
  /** One single-issue result per model, in the order of `models`. */
  results: forecast.ForecastResult[];
}

export interface ForecastIssuesJson {
  models: forecast.ForecastModel[];
  issues: ForecastIssueJson[];
}

/** The single result, or the per-issue wrapper when there are several issues or models. */
export function forecastJson(
  scenario: Scenario,
  runs: ForecastRuns,
): forecast.ForecastResult | ForecastIssuesJson {
  const { input, results } = runs;
  if (results.length === 1 && input.dimensions.length === 1)
    return orderForecastResult(results[0]!);
  return {
    models: results.map((r) => r.model),
    issues: input.dimensions.map((dim, d) => {
      const scale = scenario.issues.find((i) => i.id === dim.id)?.scale;
      const linked = (input.linkages ?? []).filter((l) => l.issues.includes(dim.id));
      return {
        issue: dim.id,
        name: dim.name,
        scale: {
          min: dim.min,
          max: dim.max,
          low: scale?.low ?? String(dim.min),
          high: scale?.high ?? String(dim.max),
        },
        linkedWith: [...new Set(linked.flatMap((l) => l.issues))].filter((id) => id !== dim.id),
        results: results.map((r) => forecastIssueResult(r, d)),
      };
    }),
  };
}
