import { describe, expect, it } from 'vitest';
import type { ForecastSection, IssueForecast } from '../forecastReport.ts';
import { histogramSparkline, layoutForecast } from './layoutForecast.ts';

/** A hand-made section: one issue, a baseline and the BDM, invented numbers. */
function section(monteCarlo = false): ForecastSection {
  const issue: IssueForecast = {
    id: 'relief',
    name: 'Sanctions relief',
    scale: { min: 0, max: 100, low: 'none lifted', high: 'all lifted' },
    linkedWith: ['Denuclearization steps'],
    forecasts: [
      { model: 'mean', value: 41.234 },
      {
        model: 'bdm',
        value: 30,
        rounds: 10,
        converged: false,
        ...(monteCarlo
          ? {
              distribution: {
                runs: 100,
                mean: 31,
                sd: 5,
                quantiles: { '0.05': 20, '0.5': 30.04, '0.95': 44.96 },
                histogram: { from: 0, to: 100, counts: [0, 0, 0, 0, 10, 60, 30, 0] },
                mostSensitive: { actor: 'USA', score: 0.612 },
              },
            }
          : {}),
      },
    ],
    trajectories: [
      {
        model: 'bdm',
        rounds: 10,
        converged: false,
        actors: [{ actor: 'USA', values: [10, 30] }],
        median: [10, 30],
      },
    ],
    movers: [{ actor: 'USA', from: 10, to: 30, text: 'USA moved 20 points.' }],
  };
  return {
    kind: 'forecast',
    id: 'forecasts',
    title: 'Forecasts',
    models: [
      { model: 'mean', name: 'Weighted mean', short: 'Mean', kind: 'baseline' },
      { model: 'bdm', name: 'BDM (paper)', short: 'BDM', kind: 'simulation' },
    ],
    ...(monteCarlo ? { monteCarlo: { runs: 100, seed: 1 } } : {}),
    issues: [issue],
    warnings: ['Delta has no capability: 1 assumed'],
  };
}

describe('layoutForecast', () => {
  it('opens with a summary table of every issue and model, to one decimal', () => {
    const blocks = layoutForecast(section());
    const summary = blocks.find((b) => b.type === 'table')!;
    expect(summary).toMatchObject({
      head: ['Issue', 'Mean', 'BDM'],
      rows: [[{ text: 'Sanctions relief', tone: 'strong' }, '41.2', '30']],
    });
  });

  it('gives each issue its scale ends, its linkage, a model table, a chart and the movers', () => {
    const blocks = layoutForecast(section());
    expect(blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'table',
      'heading',
      'paragraph',
      'table',
      'chart',
      'paragraph',
      'list',
      'note',
    ]);
    expect(blocks[3]).toMatchObject({
      text: 'Scale: 0 = none lifted; 100 = all lifted. Forecast as one package with Denuclearization steps (a linkage).',
    });
    expect(blocks[5]).toMatchObject({
      caption:
        'BDM (paper): positions by round (10 rounds, stopped at the round limit without converging).',
      series: [
        { name: 'USA', values: [10, 30] },
        { name: 'weighted median', values: [10, 30], reference: true },
      ],
    });
    expect(blocks[7]).toEqual({ type: 'list', ordered: false, items: ['USA moved 20 points.'] });
  });

  it('adds the Monte Carlo median, 90% range and histogram when inputs were drawn', () => {
    const blocks = layoutForecast(section(true));
    const table = blocks.filter((b) => b.type === 'table')[1]!;
    expect(table).toMatchObject({
      head: ['Model', 'Forecast', 'MC median', '90% range', 'Spread 0–100'],
      rows: [
        ['Weighted mean', { text: '41.2' }, '', '', ''],
        ['BDM (paper)', { text: '30' }, '30', '20–45', '····▂█▄·'],
      ],
    });
    expect(blocks.some((b) => b.type === 'paragraph' && b.text.includes('USA (|ρ| 0.61)'))).toBe(
      true,
    );
  });

  it('draws a histogram bin by bin, dots for empty bins', () => {
    expect(histogramSparkline([0, 1, 4, 8])).toBe('·▁▄█');
  });
});
