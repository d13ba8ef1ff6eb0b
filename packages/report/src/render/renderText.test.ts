import { describe, expect, it } from 'vitest';
import { sampleReport } from '../testing/sampleReport.ts';
import { stripAnsi } from './ansi.ts';
import { renderText } from './renderText.ts';
import { displayWidth } from './wrap.ts';

const widest = (text: string) => Math.max(...stripAnsi(text).split('\n').map(displayWidth));

describe('renderText', () => {
  it('fits every line of the sample report into 100 columns', () => {
    expect(widest(renderText(sampleReport(), { width: 100 }))).toBeLessThanOrEqual(100);
  });

  it('fits a narrow 60-column terminal too', () => {
    expect(widest(renderText(sampleReport(), { width: 60 }))).toBeLessThanOrEqual(60);
  });

  it('shows the title, the as-of date and every section title', () => {
    const text = renderText(sampleReport());
    expect(text).toContain('Sample <Dilemma> & "Friends"');
    expect(text).toContain('As of 2018-06-12');
    for (const s of sampleReport().sections) expect(text).toContain(`── ${s.title} `);
  });

  it('marks sourced figures with [source-id] and judgement with †', () => {
    const text = renderText(sampleReport());
    expect(text).toMatch(/Row\s+60 \[cinc-2016\]/);
    expect(text).toContain('40 (30–50)†');
  });

  it('writes the shortest path as numbered steps in words', () => {
    const text = renderText(sampleReport());
    expect(text).toContain('1. Row confesses → state 2');
    expect(text).toContain('2. Column confesses → state 4');
  });

  it('marks equilibria with ● and the status quo column with *', () => {
    const lines = renderText(sampleReport()).split('\n');
    expect(lines.find((l) => /^\s+State\s+1\*\s+2\s+3\s+4$/.test(l))).toBeDefined();
    const nash = lines.find((l) => /^Equilibria\s+NASH/.test(l));
    expect(nash?.match(/●/g)).toHaveLength(1);
  });

  it('adds ANSI colour only when asked', () => {
    expect(renderText(sampleReport())).not.toContain('\u001b[');
    const coloured = renderText(sampleReport(), { color: true });
    expect(coloured).toContain('\u001b[');
    expect(stripAnsi(coloured)).toBe(renderText(sampleReport()));
  });
});
