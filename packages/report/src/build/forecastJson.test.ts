import { forecast } from '@parley/engines';
import { describe, expect, it } from 'vitest';
import { forecastRuns, forecastScenario } from '../testing/forecastScenario.ts';
import { forecastIssueResult } from './forecastIssueResult.ts';
import { forecastJson, type ForecastIssuesJson } from './forecastJson.ts';

const scenario = forecastScenario();

describe('forecastJson', () => {
  it('is the engine result itself, keys in the documented order, for one model on one issue', () => {
    const input = forecast.forecastInputFromScenario(scenario, 'talks');
    const result = forecast.forecast(input, { model: 'bdm' });
    const json = forecastJson(scenario, { input, results: [result] });
    expect(json).toEqual(result);
    expect(Object.keys(json)).toEqual([
      'model',
      'dimensions',
      'actors',
      'turns',
      'final',
      'forecast',
      'provenance',
    ]);
  });

  it('wraps several issues and models per issue, one single-issue result per model', () => {
    const runs = forecastRuns(scenario, ['median', 'bdm']);
    const json = forecastJson(scenario, runs) as ForecastIssuesJson;
    expect(json.models).toEqual(['median', 'bdm']);
    expect(json.issues.map((i) => i.issue)).toEqual(['relief', 'steps', 'talks']);
    expect(json.issues[0]).toMatchObject({
      name: 'Sanctions relief',
      scale: { min: 0, max: 100, low: 'none lifted', high: 'all lifted' },
      linkedWith: ['steps'],
    });
    expect(json.issues[2]!.results[1]).toEqual(forecastIssueResult(runs.results[1]!, 2));
    expect(json.issues[2]!.results[1]!.dimensions).toEqual(['Talks format']);
  });

  it('wraps one issue when several models ran', () => {
    const input = forecast.forecastInputFromScenario(scenario, 'talks');
    const runs = { input, results: [forecast.forecast(input, { model: 'mean' })] };
    runs.results.push(forecast.forecast(input, { model: 'smp' }));
    const json = forecastJson(scenario, runs) as ForecastIssuesJson;
    expect(json.issues).toHaveLength(1);
    expect(json.issues[0]!.results.map((r) => r.model)).toEqual(['mean', 'smp']);
  });
});
