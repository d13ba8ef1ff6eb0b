/**
 * An invented scenario for forecast-section tests (not data about anything): five actors, three
 * issues — `relief` and `steps` linked as a package, `talks` on its own, on a 0–10 scale with a
 * fifth actor who takes no part in it — and ranges on a few inputs for Monte Carlo.
 */
import { forecast } from '@parley/engines';
import type { Scenario } from '@parley/model';
import type { ForecastRuns } from '../forecastReport.ts';

export function forecastScenario(): Scenario {
  const p = (position: number, salience: number) => ({ position, salience });
  return {
    parley: 1,
    id: 'forecast-test',
    title: 'Forecast test',
    asOf: '2018-10',
    sources: {},
    actors: [
      { id: 'a', name: 'Alpha', capability: { value: 40, range: [30, 50] } },
      { id: 'b', name: 'Beta', capability: 30 },
      { id: 'c', name: 'Gamma', capability: 15 },
      { id: 'd', name: 'Delta', capability: 10 },
      { id: 'e', name: 'Epsilon', capability: 5 },
    ],
    issues: [
      {
        id: 'relief',
        name: 'Sanctions relief',
        scale: { min: 0, max: 100, low: 'none lifted', high: 'all lifted' },
        positions: {
          a: { position: { value: 10, range: [0, 30] }, salience: 90 },
          b: p(90, 80),
          c: p(70, 60),
          d: p(40, 50),
          e: p(60, 40),
        },
      },
      {
        id: 'steps',
        name: 'Denuclearization steps',
        scale: { min: 0, max: 100, low: 'none', high: 'complete first' },
        positions: { a: p(95, 80), b: p(10, 90), c: p(30, 50), d: p(60, 60), e: p(40, 30) },
      },
      {
        id: 'talks',
        name: 'Talks format',
        scale: { min: 0, max: 10, low: 'bilateral', high: 'six parties' },
        positions: { a: p(2, 50), b: p(4, 40), c: p(9, 70), d: p(8, 30) },
      },
    ],
    options: [],
    infeasible: [],
    preferences: {},
    linkages: [{ id: 'package', issues: ['relief', 'steps'], kind: 'package' }],
  };
}

/** Deterministic results of `models` on the scenario (all issues), as the report takes them. */
export function forecastRuns(
  scenario: Scenario,
  models: forecast.ForecastModel[] = ['mean', 'median', 'bdm', 'smp'],
): ForecastRuns {
  const input = forecast.forecastInputFromScenario(scenario);
  return { input, results: models.map((model) => forecast.forecast(input, { model })) };
}
