/**
 * A small inline SVG line chart for the HTML report: one polyline per series over the steps,
 * the value axis on the chart's scale, a legend on the right. No scripts and no external assets,
 * so the report stays one self-contained file; text and axes use `currentColor`, so the chart
 * follows the page's light or dark scheme. The colours are the Okabe–Ito palette (Okabe & Ito
 * 2008, "Color Universal Design"), distinguishable with the common colour-vision deficiencies;
 * reference series (the median) are dashed in the text colour.
 */
import { formatNumber } from '../build/provenance.ts';
import type { ChartBlock } from '../layout/blocks.ts';

const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#8C564B',
  '#999999',
];
const WIDTH = 640;
/** Height of the chart unless the legend needs more. */
const MIN_HEIGHT = 240;
const LEGEND_ROW = 18;
const MARGIN = { left: 40, right: 190, top: 12, bottom: 34 };
/** Steps up to this many get a dot per point. */
const DOTS_MAX = 24;

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => XML[c]!);
const num = (n: number) => String(Math.round(n * 10) / 10);

/** Tick steps on the x axis: every step when few, else a round stride. */
function xTicks(steps: number): number[] {
  const stride = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => (steps - 1) / s <= 10) ?? 200;
  const ticks: number[] = [];
  for (let k = 0; k < steps; k += stride) ticks.push(k);
  if (ticks.at(-1) !== steps - 1 && steps - 1 - ticks.at(-1)! >= stride / 2) ticks.push(steps - 1);
  return ticks;
}

/** The chart as an `<svg>` element. */
export function lineChartSvg(block: ChartBlock): string {
  const { min, max } = block.y;
  const steps = Math.max(2, ...block.series.map((s) => s.values.length));
  const height = Math.max(MIN_HEIGHT, MARGIN.top + 8 + block.series.length * LEGEND_ROW);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const x = (k: number) => MARGIN.left + (k / (steps - 1)) * plotW;
  const y = (v: number) => MARGIN.top + (1 - (v - min) / (max - min || 1)) * plotH;
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(block.caption)}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${esc(block.caption)}</title>`,
    `<desc>${esc(block.series.map((s) => `${s.name}: ${s.values.map((v) => formatNumber(Math.round(v))).join(', ')}`).join('; '))}</desc>`,
  ];
  for (const v of [min, (min + max) / 2, max]) {
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="currentColor" stroke-opacity="0.2"/>`,
      `<text x="${MARGIN.left - 6}" y="${num(y(v) + 4)}" text-anchor="end" font-size="11" fill="currentColor">${formatNumber(v)}</text>`,
    );
  }
  for (const k of xTicks(steps)) {
    out.push(
      `<text x="${num(x(k))}" y="${MARGIN.top + plotH + 15}" text-anchor="middle" font-size="11" fill="currentColor">${k}</text>`,
    );
  }
  out.push(
    `<text x="${MARGIN.left + plotW / 2}" y="${height - 3}" text-anchor="middle" font-size="11" fill="currentColor" fill-opacity="0.7">${esc(block.xLabel)}</text>`,
  );
  let colour = 0;
  block.series.forEach((s, i) => {
    const stroke = s.reference ? 'currentColor' : PALETTE[colour++ % PALETTE.length]!;
    const dash = s.reference ? ' stroke-dasharray="5 4" stroke-opacity="0.7"' : '';
    const points = s.values.map((v, k) => `${num(x(k))},${num(y(v))}`).join(' ');
    out.push(
      `<polyline points="${points}" fill="none" stroke="${stroke}" stroke-width="2"${dash}><title>${esc(s.name)}</title></polyline>`,
    );
    if (!s.reference && s.values.length <= DOTS_MAX) {
      for (const [k, v] of s.values.entries())
        out.push(`<circle cx="${num(x(k))}" cy="${num(y(v))}" r="2.5" fill="${stroke}"/>`);
    }
    const ly = MARGIN.top + 8 + i * LEGEND_ROW;
    const lx = WIDTH - MARGIN.right + 14;
    out.push(
      `<line x1="${lx}" x2="${lx + 18}" y1="${ly}" y2="${ly}" stroke="${stroke}" stroke-width="2"${dash}/>`,
      `<text x="${lx + 24}" y="${ly + 4}" font-size="12" fill="currentColor">${esc(s.name)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}
