/**
 * Tables for a fixed-width terminal. A table that is too wide is first narrowed by wrapping its
 * widest text columns; a grid with sticky label columns (the option-form table) is instead cut
 * into bands of columns, each repeating the labels, because wrapping a one-letter column helps
 * nobody.
 */
import { cellText, cellTone, type TableBlock, type Tone } from '../layout/blocks.ts';
import type { Styler } from './ansi.ts';
import { displayWidth, pad, wrap } from './wrap.ts';

const GAP = 2;
/** Columns are not wrapped narrower than this (or their header's longest word, if longer). */
const MIN_WRAP = 10;
/** Sticky label columns may take at most this share of the width before bands are cut. */
const STICKY_SHARE = 0.5;

type Align = 'left' | 'right' | 'center';

interface Grid {
  head: string[];
  rows: { text: string; tone: Tone }[][];
  align: Align[];
}

const totalWidth = (widths: number[]): number =>
  widths.reduce((a, b) => a + b, 0) + GAP * Math.max(0, widths.length - 1);

/** Shrinks the widest shrinkable column, one column at a time, until the total fits. */
function shrink(natural: number[], floor: number[], width: number): number[] {
  const w = [...natural];
  while (totalWidth(w) > width) {
    let widest = -1;
    w.forEach((x, j) => {
      if (x > floor[j]! && (widest < 0 || x > w[widest]!)) widest = j;
    });
    if (widest < 0) break;
    w[widest]! -= 1;
  }
  return w;
}

function naturalWidths(grid: Grid): number[] {
  return grid.head.map((h, j) =>
    Math.max(displayWidth(h), ...grid.rows.map((r) => displayWidth(r[j]?.text ?? ''))),
  );
}

function drawRow(
  cells: { text: string; tone: Tone }[],
  widths: number[],
  align: Align[],
  style: Styler,
): string[] {
  const wrapped = cells.map((c, j) => wrap(c.text, widths[j]!));
  const height = Math.max(...wrapped.map((w) => w.length));
  const lines: string[] = [];
  for (let i = 0; i < height; i++) {
    // The last cell is not padded on the right, so coloured lines carry no trailing blanks.
    const parts = cells.map((c, j) => {
      const text = pad(wrapped[j]![i] ?? '', widths[j]!, align[j]);
      return style(j === cells.length - 1 ? text.trimEnd() : text, c.tone);
    });
    lines.push(parts.join(' '.repeat(GAP)).trimEnd());
  }
  return lines;
}

function drawTable(
  grid: Grid,
  widths: number[],
  groupStarts: Set<number>,
  style: Styler,
): string[] {
  const rule = (ch: string) =>
    style(widths.map((w) => ch.repeat(w)).join(' '.repeat(GAP)), 'muted');
  const head = grid.head.map((text) => ({ text, tone: 'strong' as Tone }));
  const lines = [...drawRow(head, widths, grid.align, style), rule('─')];
  grid.rows.forEach((row, i) => {
    if (groupStarts.has(i) && i > 0) lines.push(rule('┈'));
    lines.push(...drawRow(row, widths, grid.align, style));
  });
  return lines;
}

function pick<T>(xs: T[], columns: number[]): T[] {
  return columns.map((j) => xs[j]!);
}

/** Splits the non-sticky columns into bands that fit beside the sticky ones. */
function bands(widths: number[], sticky: number, width: number): number[][] {
  const stickyCols = [...Array(sticky).keys()];
  const result: number[][] = [];
  let band: number[] = [];
  for (let j = sticky; j < widths.length; j++) {
    const trial = [...stickyCols, ...band, j];
    if (band.length > 0 && totalWidth(pick(widths, trial)) > width) {
      result.push([...stickyCols, ...band]);
      band = [];
    }
    band.push(j);
  }
  if (band.length > 0 || result.length === 0) result.push([...stickyCols, ...band]);
  return result;
}

/** Renders a table block as lines no wider than `width` (as far as column minimums allow). */
export function textTable(block: TableBlock, width: number, style: Styler): string[] {
  const n = block.head.length;
  const grid: Grid = {
    head: block.head.map(cellText),
    rows: block.rows.map((r) =>
      Array.from({ length: n }, (_, j) => ({
        text: cellText(r[j] ?? ''),
        tone: cellTone(r[j] ?? ''),
      })),
    ),
    align: Array.from({ length: n }, (_, j) => block.align?.[j] ?? 'left'),
  };
  const natural = naturalWidths(grid);
  const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map(displayWidth));
  const floor = natural.map((w, j) => Math.min(w, Math.max(MIN_WRAP, longestWord(grid.head[j]!))));
  const groups = new Set(block.groupStarts ?? []);
  const sticky = block.stickyColumns ?? 0;
  if (sticky === 0 || totalWidth(natural) <= width) {
    return drawTable(grid, shrink(natural, floor, width), groups, style);
  }
  const stickyWidths = shrink(natural.slice(0, sticky), floor, Math.floor(width * STICKY_SHARE));
  const widths = [...stickyWidths, ...natural.slice(sticky)];
  const lines: string[] = [];
  for (const columns of bands(widths, sticky, width)) {
    if (lines.length > 0) lines.push('');
    const sub: Grid = {
      head: pick(grid.head, columns),
      rows: grid.rows.map((r) => pick(r, columns)),
      align: pick(grid.align, columns),
    };
    lines.push(...drawTable(sub, pick(widths, columns), groups, style));
  }
  return lines;
}
