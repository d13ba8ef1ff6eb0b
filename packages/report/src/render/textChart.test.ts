import { describe, expect, it } from 'vitest';
import type { ChartBlock } from '../layout/blocks.ts';
import { styler } from './ansi.ts';
import { level, sampleSteps, textChart } from './textChart.ts';
import { displayWidth } from './wrap.ts';

const plain = styler(false);

const chart = (values: number[][]): ChartBlock => ({
  type: 'chart',
  caption: 'BDM: positions by round.',
  xLabel: 'round',
  y: { min: 0, max: 100, lowLabel: 'none', highLabel: 'all' },
  series: [
    ...values.map((v, i) => ({ name: ['Russia', 'China'][i]!, values: v })),
    { name: 'weighted median', values: values[0]!, reference: true },
  ],
});

describe('textChart', () => {
  it('maps the scale onto eight levels, ▁ at the low end and █ at the high end', () => {
    expect([0, 12.4, 12.5, 50, 99.9, 100].map((v) => level(v, 0, 100)).join('')).toBe('▁▁▂▅██');
    expect(level(-5, 0, 100)).toBe('▁');
  });

  it('draws one sparkline row per series with its first and last value', () => {
    const lines = textChart(
      chart([
        [75, 63, 63],
        [60, 60, 60],
      ]),
      100,
      plain,
    );
    expect(lines).toEqual([
      'BDM: positions by round.',
      'Russia          75 ▇▇▇▆▆▆▆▆▆ 63',
      'China           60 ▅▅▅▅▅▅▅▅▅ 60',
      'weighted median 75 ▇▇▇▆▆▆▆▆▆ 63',
      '                   round 0 2   ▁ 0 … █ 100',
    ]);
  });

  it('samples long trajectories to the width, keeping the first and the last step', () => {
    expect(sampleSteps(101, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(sampleSteps(3, 10)).toEqual([0, 1, 2]);
    const long = Array.from({ length: 101 }, (_, k) => k);
    const lines = textChart(chart([long, long]), 60, plain);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(60);
    expect(lines[1]!.endsWith('█ 100')).toBe(true);
  });

  it('colours the sparklines and mutes the reference series when colour is on', () => {
    const lines = textChart(chart([[10, 20]]), 80, styler(true));
    expect(lines[1]).toContain('\u001b[36m');
    expect(lines[2]!.startsWith('\u001b[2m')).toBe(true);
  });
});
