import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../layout/blocks.ts';
import { styler } from './ansi.ts';
import { textTable } from './textTable.ts';
import { displayWidth } from './wrap.ts';

const plain = styler(false);

describe('textTable', () => {
  it('aligns columns under a rule', () => {
    const t: TableBlock = {
      type: 'table',
      head: ['Actor', 'Power'],
      rows: [
        ['USA', '100'],
        ['DPRK', '7'],
      ],
      align: ['left', 'right'],
    };
    expect(textTable(t, 100, plain)).toEqual([
      'Actor  Power',
      '─────  ─────',
      'USA      100',
      'DPRK       7',
    ]);
  });

  it('wraps the widest text column when the table is too wide', () => {
    const long = 'word '.repeat(40).trim();
    const t: TableBlock = { type: 'table', head: ['Name', 'Note'], rows: [['a', long]] };
    const lines = textTable(t, 50, plain);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(50);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(long);
  });

  it('cuts a wide grid into bands that repeat its sticky label columns', () => {
    const head = ['Option', ...Array.from({ length: 40 }, (_, i) => String(i + 1))];
    const t: TableBlock = {
      type: 'table',
      head,
      rows: [['Lift sanctions', ...head.slice(1).map(() => 'Y')]],
      stickyColumns: 1,
    };
    const lines = textTable(t, 60, plain);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(60);
    const bands = lines.filter((l) => l.startsWith('Option'));
    expect(bands.length).toBeGreaterThan(1);
    expect(lines.filter((l) => l.startsWith('Lift sanctions'))).toHaveLength(bands.length);
    // Every state column appears exactly once across the bands.
    const ids = bands.flatMap((b) => b.split(/\s+/).slice(1));
    expect(ids).toEqual(head.slice(1));
  });

  it('draws a dotted rule before each group', () => {
    const t: TableBlock = { type: 'table', head: ['a'], rows: [['x'], ['y']], groupStarts: [1] };
    expect(textTable(t, 100, plain)).toEqual(['a', '─', 'x', '┈', 'y']);
  });
});
