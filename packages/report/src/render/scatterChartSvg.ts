/**
 * A small inline SVG scatter chart for the HTML report — the Pareto frontier of a negotiating
 * table with its benchmark points and simulated agreements: a square plot, axes on the
 * block's scales, a legend on the right. As in lineChartSvg.ts: no scripts, text in
 * `currentColor`, the Okabe–Ito palette (Okabe & Ito 2008) for the series.
 */
import { formatNumber } from '../build/provenance.ts';
import type { ScatterBlock } from '../layout/blocks.ts';

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C564B'];
const PLOT = 300;
// Wide enough for a merged legend label such as "Nash = Kalai–Smorodinsky = Egalitarian".
const MARGIN = { left: 46, right: 250, top: 12, bottom: 40 };
const LEGEND_ROW = 18;
/** Marker shapes for labelled points, cycled. */
const SHAPES = ['diamond', 'square', 'triangle', 'circle'] as const;

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => XML[c]!);
const num = (n: number) => String(Math.round(n * 10) / 10);

function shape(kind: (typeof SHAPES)[number], x: number, y: number, colour: string): string {
  const r = 5;
  const fill = `fill="${colour}" stroke="currentColor" stroke-width="0.8"`;
  switch (kind) {
    case 'diamond':
      return `<polygon points="${num(x)},${num(y - r)} ${num(x + r)},${num(y)} ${num(x)},${num(y + r)} ${num(x - r)},${num(y)}" ${fill}/>`;
    case 'square':
      return `<rect x="${num(x - r + 1)}" y="${num(y - r + 1)}" width="${2 * r - 2}" height="${2 * r - 2}" ${fill}/>`;
    case 'triangle':
      return `<polygon points="${num(x)},${num(y - r)} ${num(x + r)},${num(y + r - 1)} ${num(x - r)},${num(y + r - 1)}" ${fill}/>`;
    case 'circle':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${r - 1}" ${fill}/>`;
  }
}

/** The chart as an `<svg>` element. */
export function scatterChartSvg(block: ScatterBlock): string {
  const width = MARGIN.left + PLOT + MARGIN.right;
  const legendRows = block.series.reduce(
    (n, s) => n + (s.kind === 'markers' ? s.points.length : 1),
    0,
  );
  const height = Math.max(
    MARGIN.top + PLOT + MARGIN.bottom,
    MARGIN.top + 8 + legendRows * LEGEND_ROW,
  );
  const px = (v: number) =>
    MARGIN.left + ((v - block.x.min) / (block.x.max - block.x.min || 1)) * PLOT;
  const py = (v: number) =>
    MARGIN.top + (1 - (v - block.y.min) / (block.y.max - block.y.min || 1)) * PLOT;
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(block.caption)}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${esc(block.caption)}</title>`,
    `<desc>${esc(description(block))}</desc>`,
    ...axes(block, px, py),
  ];
  const legend: string[] = [];
  let row = 0;
  const legendItem = (symbol: (x: number, y: number) => string, text: string): void => {
    const y = MARGIN.top + 10 + row++ * LEGEND_ROW;
    legend.push(
      symbol(MARGIN.left + PLOT + 22, y),
      `<text x="${MARGIN.left + PLOT + 34}" y="${y + 4}" font-size="11" fill="currentColor">${esc(text)}</text>`,
    );
  };
  let colour = 0;
  let marker = 0;
  for (const s of block.series) {
    if (s.kind === 'line') {
      const c = PALETTE[colour++ % PALETTE.length]!;
      const points = s.points.map((p) => `${num(px(p.x))},${num(py(p.y))}`).join(' ');
      out.push(
        `<polyline points="${points}" fill="none" stroke="${c}" stroke-width="2"><title>${esc(s.name)}</title></polyline>`,
      );
      for (const p of s.points)
        out.push(`<circle cx="${num(px(p.x))}" cy="${num(py(p.y))}" r="2" fill="${c}"/>`);
      legendItem(
        (x, y) =>
          `<line x1="${x - 7}" x2="${x + 7}" y1="${y}" y2="${y}" stroke="${c}" stroke-width="2"/>`,
        s.name,
      );
    } else if (s.kind === 'dots') {
      const c = PALETTE[colour++ % PALETTE.length]!;
      const most = Math.max(1, ...s.points.map((p) => p.weight ?? 1));
      for (const p of s.points) {
        const r = 2.5 + 6 * Math.sqrt((p.weight ?? 1) / most);
        out.push(
          `<circle cx="${num(px(p.x))}" cy="${num(py(p.y))}" r="${num(r)}" fill="${c}" fill-opacity="0.35" stroke="${c}"><title>${esc(`${s.name}: ${formatNumber(p.x)}, ${formatNumber(p.y)}${p.weight ? ` (${p.weight})` : ''}`)}</title></circle>`,
        );
      }
      legendItem(
        (x, y) =>
          `<circle cx="${x}" cy="${y}" r="5" fill="${c}" fill-opacity="0.35" stroke="${c}"/>`,
        s.name,
      );
    } else if (s.kind === 'reference') {
      for (const p of s.points) {
        out.push(
          `<line x1="${num(px(p.x))}" x2="${num(px(p.x))}" y1="${num(py(block.y.min))}" y2="${num(py(block.y.max))}" stroke="currentColor" stroke-dasharray="4 4" stroke-opacity="0.6"/>`,
          `<line x1="${num(px(block.x.min))}" x2="${num(px(block.x.max))}" y1="${num(py(p.y))}" y2="${num(py(p.y))}" stroke="currentColor" stroke-dasharray="4 4" stroke-opacity="0.6"/>`,
        );
      }
      legendItem(
        (x, y) =>
          `<line x1="${x - 7}" x2="${x + 7}" y1="${y}" y2="${y}" stroke="currentColor" stroke-dasharray="4 3" stroke-opacity="0.6"/>`,
        s.name,
      );
    } else {
      for (const p of s.points) {
        const kind = SHAPES[marker % SHAPES.length]!;
        const c = PALETTE[(colour + marker++) % PALETTE.length]!;
        out.push(
          `<g><title>${esc(`${p.label ?? s.name}: ${formatNumber(p.x)}, ${formatNumber(p.y)}`)}</title>${shape(kind, px(p.x), py(p.y), c)}</g>`,
        );
        const y = MARGIN.top + 10 + row * LEGEND_ROW;
        legend.push(shape(kind, MARGIN.left + PLOT + 22, y, c));
        legend.push(
          `<text x="${MARGIN.left + PLOT + 34}" y="${y + 4}" font-size="11" fill="currentColor">${esc(p.label ?? s.name)}</text>`,
        );
        row++;
      }
    }
  }
  out.push(...legend, '</svg>');
  return out.join('');
}

function axes(block: ScatterBlock, px: (v: number) => number, py: (v: number) => number): string[] {
  const out: string[] = [];
  const ticks = (min: number, max: number) => [min, (min + max) / 2, max];
  for (const v of ticks(block.y.min, block.y.max)) {
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + PLOT}" y1="${num(py(v))}" y2="${num(py(v))}" stroke="currentColor" stroke-opacity="0.15"/>`,
      `<text x="${MARGIN.left - 6}" y="${num(py(v) + 4)}" text-anchor="end" font-size="11" fill="currentColor">${formatNumber(v)}</text>`,
    );
  }
  for (const v of ticks(block.x.min, block.x.max)) {
    out.push(
      `<line x1="${num(px(v))}" x2="${num(px(v))}" y1="${MARGIN.top}" y2="${MARGIN.top + PLOT}" stroke="currentColor" stroke-opacity="0.15"/>`,
      `<text x="${num(px(v))}" y="${MARGIN.top + PLOT + 15}" text-anchor="middle" font-size="11" fill="currentColor">${formatNumber(v)}</text>`,
    );
  }
  out.push(
    `<text x="${MARGIN.left + PLOT / 2}" y="${MARGIN.top + PLOT + 32}" text-anchor="middle" font-size="11" fill="currentColor" fill-opacity="0.8">${esc(block.x.label)}</text>`,
    `<text x="12" y="${MARGIN.top + PLOT / 2}" text-anchor="middle" font-size="11" fill="currentColor" fill-opacity="0.8" transform="rotate(-90 12 ${MARGIN.top + PLOT / 2})">${esc(block.y.label)}</text>`,
  );
  return out;
}

/** The chart's numbers in words, for screen readers. */
function description(block: ScatterBlock): string {
  return block.series
    .map((s) => {
      const pts = s.points
        .slice(0, 12)
        .map((p) => `${p.label ? `${p.label} ` : ''}(${formatNumber(p.x)}, ${formatNumber(p.y)})`);
      const more = s.points.length > 12 ? ` and ${s.points.length - 12} more` : '';
      return `${s.name}: ${pts.join(', ')}${more}`;
    })
    .join('; ');
}
