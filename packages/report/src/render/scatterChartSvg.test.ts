import { describe, expect, it } from 'vitest';
import type { ScatterBlock } from '../layout/blocks.ts';
import { scatterChartSvg } from './scatterChartSvg.ts';

const block: ScatterBlock = {
  type: 'scatter',
  caption: 'Pareto frontier of <A> & B',
  x: { label: 'utility of A', min: 0, max: 1 },
  y: { label: 'utility of B', min: 0, max: 1 },
  series: [
    {
      name: 'Pareto frontier',
      kind: 'line',
      points: [
        { x: 0, y: 1 },
        { x: 0.5, y: 0.5 },
        { x: 1, y: 0 },
      ],
    },
    { name: 'Reservation values', kind: 'reference', points: [{ x: 0.2, y: 0.2 }] },
    {
      name: 'Simulated agreements',
      kind: 'dots',
      points: [
        { x: 0.5, y: 0.5, weight: 3 },
        { x: 0.4, y: 0.4, weight: 1 },
      ],
    },
    {
      name: 'Benchmarks',
      kind: 'markers',
      points: [
        { x: 0.5, y: 0.5, label: 'Nash' },
        { x: 1, y: 0, label: 'Max welfare' },
      ],
    },
  ],
};

describe('scatterChartSvg', () => {
  const svg = scatterChartSvg(block);

  it('is one labelled SVG element without scripts, its caption escaped', () => {
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/<script|href=/);
    expect(svg).toContain('<title>Pareto frontier of &lt;A&gt; &amp; B</title>');
  });

  it('maps the unit square onto the 300-pixel plot: (0, 1) top left, (1, 0) bottom right', () => {
    // Plot from x = 46 to 346 and y = 12 (value 1) to 312 (value 0).
    expect(svg).toContain('<polyline points="46,12 196,162 346,312"');
  });

  it('draws the reservation point as dashed guides and sizes agreements by count', () => {
    expect(svg).toContain(
      'x1="106" x2="106" y1="312" y2="12" stroke="currentColor" stroke-dasharray="4 4"',
    );
    const radii = [...svg.matchAll(/r="([\d.]+)" fill="#[0-9A-F]+" fill-opacity="0.35"/g)].map(
      (m) => Number(m[1]),
    );
    // The most frequent agreement gets the largest circle: 2.5 + 6 = 8.5; one third of it 2.5 + 6/√3.
    expect(radii.slice(0, 2)).toEqual([8.5, Math.round((2.5 + 6 / Math.sqrt(3)) * 10) / 10]);
  });

  it('lists every series and every benchmark in the legend and the description', () => {
    for (const name of [
      'Pareto frontier',
      'Reservation values',
      'Simulated agreements',
      'Nash',
      'Max welfare',
    ])
      expect(svg).toContain(`>${name}</text>`);
    expect(svg).toContain(
      '<desc>Pareto frontier: (0, 1), (0.5, 0.5), (1, 0); Reservation values: (0.2, 0.2)',
    );
  });
});
