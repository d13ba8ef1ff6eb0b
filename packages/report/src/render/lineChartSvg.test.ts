import { describe, expect, it } from 'vitest';
import type { ChartBlock } from '../layout/blocks.ts';
import { lineChartSvg } from './lineChartSvg.ts';

const block: ChartBlock = {
  type: 'chart',
  caption: 'BDM <paper> & co: positions by round.',
  xLabel: 'round',
  y: { min: 0, max: 100, lowLabel: 'none', highLabel: 'all' },
  series: [
    { name: 'Russia', values: [75, 63, 63] },
    { name: 'China', values: [60, 60, 60] },
    { name: 'weighted median', values: [75, 63, 63], reference: true },
  ],
};

describe('lineChartSvg', () => {
  const svg = lineChartSvg(block);

  it('is one self-contained, labelled SVG element with no script', () => {
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/<script|href=/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>BDM &lt;paper&gt; &amp; co: positions by round.</title>');
  });

  it('draws a polyline per series, dashing the reference line', () => {
    expect(svg.match(/<polyline /g)).toHaveLength(3);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(2); // the line and its legend sample
  });

  it('places the first point at the left edge and the value 75 at three quarters up', () => {
    // Plot area: x from 40 to 450, y from 12 (value 100) to 206 (value 0).
    expect(svg).toContain('points="40,60.5 245,83.8 450,83.8"');
  });

  it('labels the value axis at both ends and the middle, and every round', () => {
    for (const tick of ['>0</text>', '>50</text>', '>100</text>', '>1</text>', '>2</text>'])
      expect(svg).toContain(tick);
  });

  it('describes the data in text for screen readers', () => {
    expect(svg).toContain('<desc>Russia: 75, 63, 63; China: 60, 60, 60;');
  });
});
