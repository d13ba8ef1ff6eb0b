import { describe, expect, it } from 'vitest';
import type { GmcrJson } from '@parley/report';
import { PD_GMCR, PD_YAML } from '../testing/fixtures.ts';
import { runCli, tempFiles } from '../testing/runCli.ts';

// Expected values: the Prisoner's Dilemma (see testing/fixtures.ts) — Nash {4}; GMR, SMR, SEQ,
// SIM {1, 4} (Fang, Hipel & Kilgour 1993, ch. 3).
const files = tempFiles({ 'pd.yaml': PD_YAML, 'pd.gmcr': PD_GMCR, 'pd-gmcr.json': PD_GMCR });

async function analyzeJson(...argv: string[]): Promise<GmcrJson> {
  const r = await runCli(['gmcr', 'analyze', ...argv, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as GmcrJson;
}

describe('parley gmcr analyze --json', () => {
  it('has exactly the documented top-level keys', async () => {
    const json = await analyzeJson(files['pd.yaml']!);
    expect(Object.keys(json)).toEqual([
      'options',
      'decisionMakers',
      'states',
      'stability',
      'equilibria',
      'statusQuo',
    ]);
  });

  it('lists options in bit order with id, label and owner', async () => {
    const json = await analyzeJson(files['pd.yaml']!);
    expect(json.options).toEqual([
      { id: 'c1', label: 'Prisoner 1 confesses', owner: 'Prisoner 1' },
      { id: 'c2', label: 'Prisoner 2 confesses', owner: 'Prisoner 2' },
    ]);
    expect(json.decisionMakers).toEqual(['Prisoner 1', 'Prisoner 2']);
  });

  it('numbers states from 1 by decimal, with one Y/N per option (option 0 first)', async () => {
    const json = await analyzeJson(files['pd.yaml']!);
    expect(json.states).toEqual([
      { id: 1, decimal: 0, yn: 'NN' },
      { id: 2, decimal: 1, yn: 'YN' },
      { id: 3, decimal: 2, yn: 'NY' },
      { id: 4, decimal: 3, yn: 'YY' },
    ]);
  });

  it('gives the textbook Prisoner’s Dilemma equilibria and per-decision-maker stability', async () => {
    const json = await analyzeJson(files['pd.yaml']!);
    expect(json.equilibria).toEqual({
      nash: [4],
      gmr: [1, 4],
      smr: [1, 4],
      seq: [1, 4],
      sim: [1, 4],
    });
    // Prisoner 1 is Nash-stable where confessing gains nothing: YN (2) and YY (4).
    expect(json.stability.nash).toEqual({ 'Prisoner 1': [2, 4], 'Prisoner 2': [3, 4] });
    expect(json.stability.seq!['Prisoner 1']).toEqual([1, 2, 4]);
  });

  it('traces the status quo (mutual silence) to each equilibrium', async () => {
    const json = await analyzeJson(files['pd.yaml']!);
    const sq = json.statusQuo!;
    expect(sq.state).toBe(1);
    expect(sq.yn).toBe('NN');
    const toBoth = sq.targets.find((t) => t.state === 4)!;
    expect(toBoth).toMatchObject({ reachable: true, reachableByImprovements: true });
    expect(toBoth.improvementPath).toHaveLength(2);
    expect(toBoth.improvementPath!.every((m) => m.improvement)).toBe(true);
    expect(toBoth.improvementPath![0]!.from).toBe(1);
    expect(toBoth.improvementPath![1]!.to).toBe(4);
    expect(sq.targets.find((t) => t.state === 1)).toMatchObject({ reachable: true, path: [] });
  });

  it('reads a GMCR+ file (by extension, and .json by its decisionMakers key) with the same results', async () => {
    for (const file of [files['pd.gmcr']!, files['pd-gmcr.json']!]) {
      const json = await analyzeJson(file);
      expect(json.decisionMakers).toEqual(['Prisoner 1', 'Prisoner 2']);
      expect(json.options.map((o) => o.label)).toEqual([
        'Prisoner 1 confesses',
        'Prisoner 2 confesses',
      ]);
      expect(json.equilibria).toEqual({
        nash: [4],
        gmr: [1, 4],
        smr: [1, 4],
        seq: [1, 4],
        sim: [1, 4],
      });
    }
  });

  it('--concepts limits the concepts, --horizon adds limited-move stability', async () => {
    const json = await analyzeJson(files['pd.yaml']!, '--concepts', 'nash,seq', '--horizon', '1');
    expect(Object.keys(json.equilibria)).toEqual(['nash', 'seq', 'limited']);
    // L1 is Nash stability (Kilgour, Hipel & Fang 1987).
    expect(json.equilibria.limited).toEqual(json.equilibria.nash);
    expect(json.horizon).toBe(1);
  });

  it('--coalitions makes the coalition one decision maker, named after its members', async () => {
    const json = await analyzeJson(files['pd.yaml']!, '--coalitions', 'p1+Prisoner 2');
    expect(json.decisionMakers).toEqual(['Prisoner 1 + Prisoner 2']);
    expect(Object.keys(json.stability.nash!)).toEqual(['Prisoner 1 + Prisoner 2']);
    // Together the prisoners move from mutual confession to mutual silence, both gaining.
    expect(json.equilibria.nash).not.toContain(4);
  });

  it('--status-quo accepts a state id or a Y/N string', async () => {
    expect((await analyzeJson(files['pd.yaml']!, '--status-quo', '4')).statusQuo!.state).toBe(4);
    expect((await analyzeJson(files['pd.yaml']!, '--status-quo', 'yn')).statusQuo!.state).toBe(2);
  });
});

describe('parley gmcr analyze (text)', () => {
  it('prints the GMCR part of the report: option form, equilibria, paths, explanations', async () => {
    const r = await runCli(['gmcr', 'analyze', files['pd.yaml']!]);
    expect(r.code).toBe(0);
    for (const title of [
      'Graph model',
      'Option-form table',
      'Equilibria',
      'From the status quo',
      'Why the equilibria are stable',
    ]) {
      expect(r.stdout).toContain(`── ${title} `);
    }
    expect(r.stdout).not.toContain('── Sources ');
    expect(r.stdout).toContain('1. Prisoner 1 confesses → state 2');
  });
});

describe('parley gmcr analyze: bad flag values are usage errors with a hint', () => {
  const cases: [string[], RegExp, RegExp][] = [
    [
      ['--concepts', 'nash,foo'],
      /unknown concept "foo"/,
      /concepts are nash, gmr, smr, seq, sim, limited/,
    ],
    [
      ['--status-quo', '9'],
      /status quo 9 does not exist: there are 4 feasible states/,
      /state id from 1 to 4/,
    ],
    [['--status-quo', 'NNN'], /bad status quo "NNN"/, /2 Y\/N letters/],
    [
      ['--coalitions', 'p1+usa'],
      /unknown actor "usa"/,
      /decision makers: p1 \(Prisoner 1\), p2 \(Prisoner 2\)/,
    ],
    [['--coalitions', 'p1+,p2'], /bad coalition spec/, /"\+" joins actors/],
    [['--coalitions', 'p1,p1'], /Prisoner 1 appears twice/, /"\+" joins actors/],
    [['--horizon', '0'], /bad horizon "0"/, /from 1 to 64/],
  ];
  for (const [flags, message, hint] of cases) {
    it(`${flags.join(' ')} → exit 2`, async () => {
      const r = await runCli(['gmcr', 'analyze', files['pd.yaml']!, ...flags]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(hint);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe('parley gmcr analyze --json with --horizon', () => {
  it('names limited-move equilibria among the concepts of each status-quo target', async () => {
    const json = await analyzeJson(files['pd.yaml']!, '--horizon', '1');
    const target = json.statusQuo!.targets.find((t) => t.state === 4)!;
    // L1 = Nash, and state 4 is the Nash equilibrium.
    expect(target.equilibriumUnder).toEqual(['nash', 'gmr', 'smr', 'seq', 'sim', 'limited']);
  });
});
