import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clip, wrap } from './reportSummary.ts';
import { PD_YAML } from './testing/fixtures.ts';
import { runCli, tempFiles } from './testing/runCli.ts';

const files = tempFiles({ 'pd.yaml': PD_YAML });
const korea = fileURLToPath(
  new URL('../../../catalog/korean-peninsula-2018.yaml', import.meta.url),
);
const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('parley report --summary', () => {
  it('prints the title, the overview facts and the GMCR equilibrium counts, not the full report', async () => {
    const r = await runCli(['report', files['pd.yaml']!, '--summary']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("Prisoner's Dilemma\n")).toBe(true);
    expect(r.stdout).toMatch(/GMCR equilibria: nash \d+/);
    expect(r.stdout).not.toContain('── Option-form table');
  });

  it('summarises the flagship Korea scenario in under 60 lines of at most 100 columns', async () => {
    const r = await runCli(['report', korea, '--summary', '--width', '100', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('As of 2018-10');
    // The scenario's own overview says the status quo is stable under GMR, SMR and SEQ.
    expect(r.stdout).toMatch(/Status quo \(state \d+\) is stable under gmr, smr, seq\./);
    // One forecast line per issue: the scenario has seven issues.
    expect(r.stdout.match(/^ {2}.+: Mean /gm)).toHaveLength(7);
    expect(r.stdout.split('\n').length).toBeLessThanOrEqual(60);
    expect(widest(r.stdout)).toBeLessThanOrEqual(100);
  });
});

describe('wrap and clip', () => {
  it('wrap breaks between words and keeps the indent on every line', () => {
    expect(wrap('aa bb cc', 5, ' ')).toEqual([' aa', ' bb', ' cc']);
    expect(wrap('aa bb', 5)).toEqual(['aa bb']);
  });

  it('clip cuts a long line to the width with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });
});
