/**
 * The flagship scenario through the forecasting engine. The baseline values are the "baseline
 * checks" computed independently in the domain research for this scenario (capability × salience
 * weighted mean and median of the same inputs); the model results are regression checks of what
 * the engine makes of the scenario, not published results.
 */
import { describe, expect, it } from 'vitest';
import { forecast } from '@parley/engines';
import { loadCatalogScenario } from './loadCatalogScenario.ts';

const scenario = loadCatalogScenario('korean-peninsula-2018.yaml');
const input = forecast.forecastInputFromScenario(scenario);
const ISSUES = [
  'sequencing',
  'relief_extent',
  'end_of_war',
  'force_posture',
  'verification_membership',
  'russia_role',
  'china_role',
];

describe('the Korean Peninsula scenario forecast', () => {
  it('forecasts all seven issues with every actor taking part, and nothing assumed', () => {
    expect(input.dimensions.map((d) => d.id)).toEqual(ISSUES);
    expect(input.actors).toHaveLength(6);
    expect(input.warnings).toBeUndefined();
  });

  it('reproduces the weighted means and medians worked out by hand for the scenario', () => {
    const round1 = (xs: (number | null)[]) => xs.map((x) => Math.round(x! * 10) / 10);
    expect(round1(forecast.forecast(input, { model: 'mean' }).forecast)).toEqual([
      62.2, 33.2, 55.8, 48.5, 61.8, 44.9, 68,
    ]);
    expect(forecast.forecast(input, { model: 'median' }).forecast).toEqual([
      95, 10, 75, 60, 60, 40, 80,
    ]);
  });

  it('links relief to denuclearization steps: the two issues are one unit of the simulations', () => {
    expect(input.linkages).toEqual([
      expect.objectContaining({ id: 'relief-for-steps', issues: ['sequencing', 'relief_extent'] }),
    ]);
    const smp = forecast.forecast(input, { model: 'smp' });
    expect(smp.provenance.convergence[0]!.dimensions).toEqual([
      'Sequencing of denuclearization and relief',
      'Extent of sanctions relief',
    ]);
    expect(smp.provenance.convergence).toHaveLength(6);
  });

  it('gives every simulation a forecast inside each issue scale', () => {
    for (const model of ['bdm', 'smp'] as const) {
      for (const x of forecast.forecast(input, { model }).forecast) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(100);
      }
    }
  });

  it('draws a Monte Carlo spread on every issue whose inputs disagree', () => {
    const mc = forecast.monteCarlo(input, { model: 'mean', runs: 200, seed: 1 });
    for (const d of mc.distribution!) expect(d.sd, d.dimension).toBeGreaterThan(0);
  });
});
