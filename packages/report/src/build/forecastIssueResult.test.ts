import { forecast } from '@parley/engines';
import { describe, expect, it } from 'vitest';
import { forecastScenario } from '../testing/forecastScenario.ts';
import { forecastIssueResult } from './forecastIssueResult.ts';

const scenario = forecastScenario();
const all = forecast.forecastInputFromScenario(scenario);
const alone = forecast.forecastInputFromScenario(scenario, 'talks');

/** A result without the input hash, which differs between the two inputs by design. */
const comparable = (r: forecast.ForecastResult) => ({
  ...r,
  provenance: { ...r.provenance, inputHash: '' },
});

describe('forecastIssueResult', () => {
  for (const model of ['median', 'bdm', 'smp'] as const) {
    it(`${model}: the part about an unlinked issue equals forecasting that issue alone`, () => {
      const part = forecastIssueResult(forecast.forecast(all, { model }), 2);
      const single = forecast.forecast(alone, { model });
      expect(comparable(part)).toEqual(comparable(single));
    });
  }

  it('keeps only the actors taking part in the issue, and its key order is the documented one', () => {
    const part = forecastIssueResult(forecast.forecast(all, { model: 'bdm' }), 2);
    expect(part.actors).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(Object.keys(part)).toEqual([
      'model',
      'dimensions',
      'actors',
      'turns',
      'final',
      'forecast',
      'provenance',
    ]);
  });

  it('cuts a unit that converged early back to its own rounds', () => {
    const result = forecast.forecast(all, { model: 'bdm' });
    const part = forecastIssueResult(result, 2);
    const unit = result.provenance.convergence.find((c) => c.dimensions.includes('Talks format'))!;
    expect(part.turns).toHaveLength(unit.rounds + 1);
    expect(part.provenance.convergence).toEqual([unit]);
  });

  it('keeps the package audit records of a linked issue, naming both issues', () => {
    const part = forecastIssueResult(forecast.forecast(all, { model: 'bdm' }), 0);
    const records = part.turns.flatMap((t) => t.audit ?? []);
    expect(records.length).toBeGreaterThan(0);
    expect(records[0]!.dimensions).toEqual(['Sanctions relief', 'Denuclearization steps']);
  });

  it('picks the Monte Carlo distribution of the issue', () => {
    const result = forecast.monteCarlo(all, { model: 'mean', runs: 40, seed: 3 });
    const part = forecastIssueResult(result, 1);
    expect(part.distribution).toEqual([result.distribution![1]]);
    expect(part.distribution![0]!.dimension).toBe('Denuclearization steps');
  });
});
