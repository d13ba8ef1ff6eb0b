import { describe, expect, it } from 'vitest';
import { sampleReport } from '../testing/sampleReport.ts';
import { escapeMd, renderMarkdown } from './renderMarkdown.ts';

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleReport());

  it('uses one level-2 heading per section', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(sampleReport().sections.map((s) => `## ${s.title}`));
  });

  it('writes pipe tables whose rows all have as many cells as the header', () => {
    const tableLines = md.split('\n').filter((l) => l.startsWith('| '));
    expect(tableLines.length).toBeGreaterThan(10);
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    // Rows of one table are consecutive; compare each line with the one before it in its table.
    const lines = md.split('\n');
    lines.forEach((line, i) => {
      if (line.startsWith('| ') && lines[i - 1]?.startsWith('| '))
        expect(cells(line)).toBe(cells(lines[i - 1]!));
    });
  });

  it('escapes a | inside a cell so the table keeps its shape', () => {
    expect(md).toContain('### Sentence \\| length');
  });

  it('numbers the steps of a path', () => {
    expect(md).toContain('1. Row confesses → state 2');
  });
});

describe('escapeMd', () => {
  it('leaves [source-id] markers and snake_case ids readable', () => {
    expect(escapeMd('38.3 [nmc-v6]; cinc_2016 0.13')).toBe('38.3 [nmc-v6]; cinc_2016 0.13');
  });

  it('escapes emphasis, code, HTML, table pipes and link-like brackets', () => {
    expect(escapeMd('*a* `b` <c> d|e _f_ [g](h)')).toBe(
      '\\*a\\* \\`b\\` \\<c\\> d\\|e \\_f\\_ \\[g\\](h)',
    );
  });
});
