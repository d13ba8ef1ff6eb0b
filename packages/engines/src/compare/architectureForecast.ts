/**
 * The forecast per issue under an architecture (docs/compare.md, "Forecast"). The forecasting
 * models know no tables, so an architecture reaches them through the actors' weight on each
 * issue. Influence in the expected-utility and median models is capability × salience (Bueno de
 * Mesquita 1994; Scholz et al. 2011), and what a seat buys is a direct say in the text; so an
 * actor that does not sit at the table negotiating an issue keeps its capability — trade,
 * enforcement, pressure through its partners — but brings only `outsiderSalience` (default ½) of
 * its salience to bear on that issue. Kept at full weight: the table's parties and its mediator,
 * every holder of an implementation veto over the issue (it can block the outcome wherever it
 * sits), and everyone on issues no table negotiates.
 */
import { tracksOf, vetoHoldersOver, type Scenario } from '@parley/model';
import { forecast } from '../forecast/forecast.ts';
import { forecastInputFromScenario } from '../forecast/forecastInputFromScenario.ts';
import type { ForecastInput, ForecastModel } from '../forecast/types.ts';
import type { ArchitectureForecast } from './compareTypes.ts';

export const DEFAULT_OUTSIDER_SALIENCE = 0.5;

/** Actor id → issue id → salience factor, for the factors ≠ 1. */
export function salienceFactors(
  scenario: Scenario,
  outsiderSalience: number,
): Record<string, Record<string, number>> {
  const factors: Record<string, Record<string, number>> = {};
  for (const track of tracksOf(scenario)) {
    for (const issueId of track.issues) {
      const issue = scenario.issues.find((i) => i.id === issueId);
      if (!issue) continue;
      const full = new Set([
        ...track.parties,
        ...(track.mediator !== undefined ? [track.mediator] : []),
        ...vetoHoldersOver(scenario, { issue: issueId }),
      ]);
      for (const actor of Object.keys(issue.positions)) {
        if (full.has(actor) || outsiderSalience === 1) continue;
        (factors[actor] ??= {})[issueId] = outsiderSalience;
      }
    }
  }
  return factors;
}

/** The forecast input with each actor's salience scaled by its factor. */
export function discountedInput(
  input: ForecastInput,
  factors: Record<string, Record<string, number>>,
): ForecastInput {
  const factor = (actor: string, d: number): number =>
    factors[actor]?.[input.dimensions[d]!.id] ?? 1;
  return {
    ...input,
    actors: input.actors.map((a) => {
      const salience = a.salience.map((s, d) => (s === null ? null : s * factor(a.id, d)));
      const ranges = a.ranges?.salience?.map((r, d) =>
        r === null ? null : ([r[0] * factor(a.id, d), r[1] * factor(a.id, d)] as const),
      );
      return {
        ...a,
        salience,
        ...(a.ranges ? { ranges: { ...a.ranges, ...(ranges ? { salience: ranges } : {}) } } : {}),
      };
    }),
  };
}

export function architectureForecast(
  scenario: Scenario,
  models: readonly ForecastModel[],
  outsiderSalience: number,
  signal?: AbortSignal,
): ArchitectureForecast {
  if (scenario.issues.length === 0)
    return { models: [...models], issues: [], discounted: {}, warnings: [] };
  const factors = salienceFactors(scenario, outsiderSalience);
  const input = discountedInput(forecastInputFromScenario(scenario), factors);
  const results = models.map((model) =>
    forecast(input, { model, audit: false, ...(signal ? { signal } : {}) }),
  );
  const warnings = [...new Set(results.flatMap((r) => r.provenance.warnings))];
  return {
    models: [...models],
    issues: scenario.issues.map((issue, d) => ({
      id: issue.id,
      name: issue.name,
      values: results.map((r) => r.forecast[d] ?? null),
    })),
    discounted: factors,
    warnings,
  };
}
