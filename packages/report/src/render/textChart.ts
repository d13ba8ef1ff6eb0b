/**
 * A line chart for a terminal or a Markdown code block: one sparkline row per series, on the
 * chart's own scale (▁ = its low end, █ = its high end, eight levels), with the first and last
 * value beside it. Sparklines (Tufte 2006, _Beautiful Evidence_, ch. 2) show the shape of a
 * trajectory in one line, so six actors fit in eight lines at any width from 40 columns.
 */
import { formatNumber } from '../build/provenance.ts';
import type { ChartBlock } from '../layout/blocks.ts';
import type { Styler } from './ansi.ts';
import { displayWidth, pad, wrap } from './wrap.ts';

const LEVELS = '▁▂▃▄▅▆▇█';
/** Names longer than this are cut with an ellipsis. */
const NAME_MAX = 22;
/** Columns per step when there is room: short trajectories are stretched up to this. */
const STEP_MAX = 3;

/** The sparkline character of `v` on [min, max]. */
export function level(v: number, min: number, max: number): string {
  const span = max - min || 1;
  const k = Math.floor(((v - min) / span) * LEVELS.length);
  return LEVELS[Math.max(0, Math.min(LEVELS.length - 1, k))]!;
}

/** At most `room` indices of 0 … n−1, evenly spread, always keeping the first and the last. */
export function sampleSteps(n: number, room: number): number[] {
  if (n <= room) return Array.from({ length: n }, (_, k) => k);
  if (room <= 1) return [n - 1];
  return Array.from({ length: room }, (_, k) => Math.round((k * (n - 1)) / (room - 1)));
}

const cut = (s: string, w: number) =>
  displayWidth(s) <= w ? s : `${[...s].slice(0, w - 1).join('')}…`;

const shown = (v: number | undefined) => (v === undefined ? '' : formatNumber(Math.round(v)));

/** Lines of the chart, caption first, at most `width` columns wide. */
export function textChart(block: ChartBlock, width: number, style: Styler): string[] {
  return [
    ...wrap(block.caption, width).map((l) => style(l, 'muted')),
    ...chartRows(block, width, style),
  ];
}

/** The chart without its caption: a sparkline row per series, then the axis line. */
export function chartRows(block: ChartBlock, width: number, style: Styler): string[] {
  const { min, max } = block.y;
  const nameWidth = Math.min(NAME_MAX, Math.max(...block.series.map((s) => displayWidth(s.name))));
  const valueWidth = Math.max(
    ...block.series.flatMap((s) => [shown(s.values[0]), shown(s.values.at(-1))].map(displayWidth)),
  );
  const steps = Math.max(1, ...block.series.map((s) => s.values.length));
  const room = Math.max(4, width - nameWidth - 2 * valueWidth - 4);
  const indices = sampleSteps(steps, room);
  const per = Math.max(1, Math.min(STEP_MAX, Math.floor(room / indices.length)));
  const lines: string[] = [];
  for (const s of block.series) {
    const spark = indices
      .map((k) => (k < s.values.length ? level(s.values[k]!, min, max) : ' ').repeat(per))
      .join('');
    const row = [
      pad(cut(s.name, nameWidth), nameWidth),
      pad(shown(s.values[0]), valueWidth, 'right'),
      s.reference ? spark : style(spark, 'accent'),
      shown(s.values.at(-1)),
    ].join(' ');
    lines.push(s.reference ? style(row, 'muted') : row);
  }
  const axisWidth = indices.length * per;
  const first = `${block.xLabel} 0`;
  const last = String(steps - 1);
  const axis =
    axisWidth >= displayWidth(first) + displayWidth(last) + 1
      ? first + ' '.repeat(axisWidth - displayWidth(first) - displayWidth(last)) + last
      : `${block.xLabel}s 0–${last}`;
  const scale = `▁ ${formatNumber(min)} … █ ${formatNumber(max)}`;
  const lead = ' '.repeat(nameWidth + valueWidth + 2);
  const axisLine = `${lead}${axis}   ${scale}`;
  lines.push(
    style(displayWidth(axisLine) <= width ? axisLine : `${lead}${axis}`.slice(0, width), 'muted'),
  );
  return lines;
}
