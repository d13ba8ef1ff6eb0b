import { describe, expect, it } from 'vitest';
import type { IssueForecast } from '@parley/report';
import { histogramSeries, trajectoryOption } from './forecastCharts.ts';

const issue: IssueForecast = {
  id: 'i',
  name: 'Issue',
  scale: { min: 0, max: 100, low: 'none', high: 'all' },
  linkedWith: [],
  forecasts: [
    {
      model: 'bdm',
      value: 40,
      distribution: {
        runs: 10,
        mean: 40,
        sd: 5,
        quantiles: { '0.5': 40 },
        histogram: { from: 0, to: 100, counts: [0, 2, 8, 0] },
      },
    },
    { model: 'mean', value: 50 },
  ],
  trajectories: [
    {
      model: 'bdm',
      rounds: 2,
      converged: true,
      actors: [
        { actor: 'A', values: [10, 20, 30] },
        { actor: 'B', values: [90, 60, 30] },
      ],
      median: [10, 20, 30],
    },
  ],
  movers: [],
};

describe('forecast charts', () => {
  it('draw one line per actor plus the weighted median, over rounds 0…n', () => {
    const option = trajectoryOption(issue, issue.trajectories[0]!) as {
      series: { name: string; data: number[] }[];
      xAxis: { data: number[] };
    };
    expect(option.series.map((s) => s.name)).toEqual(['A', 'B', 'weighted median']);
    expect(option.xAxis.data).toEqual([0, 1, 2]);
  });

  it('centre the histogram bins on the scale and keep only models with a distribution', () => {
    const h = histogramSeries(issue, [{ model: 'bdm', short: 'BDM' }]);
    expect(h?.centres).toEqual([12.5, 37.5, 62.5, 87.5]);
    expect(h?.series.map((s) => s.name)).toEqual(['BDM']);
  });

  it('have no histogram without Monte Carlo', () => {
    const plain = { ...issue, forecasts: [{ model: 'mean' as const, value: 50 }] };
    expect(histogramSeries(plain, [])).toBeNull();
  });
});
