import { describe, expect, it } from 'vitest';
import { TRADE_YAML } from '../testing/negotiateFixtures.ts';
import { runCli, tempFiles } from '../testing/runCli.ts';

const files = tempFiles({ 'trade.yaml': TRADE_YAML });
const trade = files['trade.yaml']!;

interface Comparison {
  baseline: string;
  settings: { runs: number; seed: number; architectures: string[] };
  architectures: {
    id: string;
    negotiation: { blocked: number; actors: { id: string; gain: number }[] };
  }[];
  deltas: { architecture: string; actors: { actor: string; verdict: string }[] }[];
  summary: string[];
  caveats: string[];
}

async function compareJson(...argv: string[]): Promise<Comparison> {
  const r = await runCli(['compare', trade, ...argv, '--json', '-q']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Comparison;
}

describe('parley compare', () => {
  it('prints the documented JSON, baseline first', async () => {
    const c = await compareJson('--runs', '40');
    expect(Object.keys(c)).toEqual([
      'scenario',
      'baseline',
      'settings',
      'architectures',
      'deltas',
      'summary',
      'caveats',
      'provenance',
    ]);
    expect(c.baseline).toBe('bilateral');
    expect(c.architectures.map((a) => a.id)).toEqual(['bilateral', 'with_gamma']);
    expect(c.settings).toMatchObject({ runs: 40, seed: 1 });
  });

  it('finds the outside veto biting and the seated veto holder gaining (the fixture’s design)', async () => {
    const c = await compareJson('--runs', '40');
    expect(c.architectures[0]!.negotiation.blocked).toBeGreaterThan(0);
    expect(c.architectures[1]!.negotiation.blocked).toBe(0);
    expect(c.deltas[0]!.actors.find((a) => a.actor === 'gamma')!.verdict).toBe('gains');
  });

  it('is reproducible for a seed and honours --architectures', async () => {
    const a = await compareJson('--runs', '20', '--seed', '5', '--architectures', 'with_gamma');
    const b = await compareJson('--runs', '20', '--seed', '5', '--architectures', 'with_gamma');
    expect(a).toEqual(b);
    expect(a.settings.architectures).toEqual(['bilateral', 'with_gamma']);
  });

  it('prints tables, the summary and the caveats within 100 columns', async () => {
    const r = await runCli(['compare', trade, '--runs', '20', '-q']);
    expect(r.code).toBe(0);
    for (const heading of [
      'Architectures compared',
      'What changes, and why',
      'Caveats',
      'Negotiation',
    ])
      expect(r.stdout).toContain(heading);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('rejects bad flags with exit 2', async () => {
    for (const argv of [
      ['--runs', '0'],
      ['--architectures', 'trilateral'],
      ['--mechanism', 'vote'],
      ['--outsider-salience', '2'],
      ['--strategies', 'boulware,nice'],
    ]) {
      const r = await runCli(['compare', trade, ...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
    }
  });

  it('reports a file with errors with exit 1', async () => {
    const r = await runCli(['compare', 'nowhere.yaml']);
    expect(r.code).toBe(1);
  });
});

describe('parley report with tracks and architectures', () => {
  it('adds the Negotiation and Comparison sections, with the frontier chart in HTML', async () => {
    const r = await runCli(['report', trade, '--format', 'html', '--compare-runs', '10', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('id="negotiation"');
    expect(r.stdout).toContain('id="comparison"');
    expect(r.stdout).toMatch(
      /<svg class="chart"[^>]*aria-label="Pareto frontier of Alpha and Beta at Talks/,
    );
  });
});
