import { applyArchitecture } from '@parley/model';
import { describe, expect, it } from 'vitest';
import { forecastInputFromScenario } from '../forecast/forecastInputFromScenario.ts';
import { architectureForecast, discountedInput, salienceFactors } from './architectureForecast.ts';
import { compareFixture } from './testing/compareFixtures.ts';

const scenario = compareFixture();

describe('the forecast under an architecture', () => {
  it('discounts an outsider’s salience on the table’s issues, except where it holds a veto', () => {
    // Gamma sits at no table; its veto covers x, so only its salience on y is halved.
    expect(salienceFactors(applyArchitecture(scenario, 'bilateral'), 0.5)).toEqual({
      gamma: { y: 0.5 },
    });
    expect(salienceFactors(applyArchitecture(scenario, 'with_gamma'), 0.5)).toEqual({});
  });

  it('scales the salience in the forecast input and leaves everything else alone', () => {
    const input = forecastInputFromScenario(scenario);
    const scaled = discountedInput(input, { gamma: { y: 0.5 } });
    const gamma = scaled.actors.find((a) => a.id === 'gamma')!;
    expect(gamma.salience).toEqual([60, 20]);
    expect(gamma.position).toEqual(input.actors.find((a) => a.id === 'gamma')!.position);
    expect(scaled.actors.find((a) => a.id === 'alpha')!.salience).toEqual([60, 80]);
  });

  it('moves the weighted median away from an outsider once its weight drops', () => {
    // x: Alpha (capability 50 × salience 60 = 3000) wants 0; Beta (30 × 80 = 2400) and Gamma
    // (20 × 60 = 1200) want 100. Seated, Gamma tips the median to 100; without a veto and out
    // of the room at weight 0, it no longer does: 2400 < 3000, median 0.
    const noVeto = compareFixture({ vetoes: [] });
    const seated = architectureForecast(applyArchitecture(noVeto, 'with_gamma'), ['median'], 0);
    const outside = architectureForecast(applyArchitecture(noVeto, 'bilateral'), ['median'], 0);
    expect(outside.discounted).toEqual({ gamma: { x: 0, y: 0 } });
    expect(seated.issues[0]!.values[0]).toBe(100);
    expect(outside.issues[0]!.values[0]).toBe(0);
  });
});
