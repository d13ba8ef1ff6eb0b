import { describe, expect, it } from 'vitest';
import { makeCtx } from '../context.ts';
import { BDM_CSV, FORECAST_YAML, KTAB_CSV, KTAB_XML } from '../testing/forecastFixtures.ts';
import { PD_YAML } from '../testing/fixtures.ts';
import { runCli, tempFiles } from '../testing/runCli.ts';
import { EXIT_CANCELLED, forecastCommand } from './forecast.ts';

const files = tempFiles({
  'harbour.yaml': FORECAST_YAML,
  'actors.csv': BDM_CSV,
  'ktab.csv': KTAB_CSV,
  'ktab.xml': KTAB_XML,
  'pd.yaml': PD_YAML,
  'bad.csv': 'Actor,Capability,Position,Salience\nPort,forty,90,80\n',
});
const yaml = files['harbour.yaml']!;

/** `parley forecast … --json -q`, parsed; stderr must be empty or match `warning`. */
const json = async (argv: string[], warning?: RegExp) => {
  const r = await runCli(['forecast', ...argv, '--json', '-q']);
  if (warning) expect(r.stderr).toMatch(warning);
  else expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown> & { issues?: Record<string, unknown>[] };
};

describe('parley forecast: text', () => {
  it('shows per issue the models on the labelled scale, a chart of the rounds and the movers', async () => {
    const r = await runCli(['forecast', yaml]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('── Forecasts ──');
    expect(r.stdout).toContain('Scale: 0 = No fees; 100 = Full cost recovery.');
    expect(r.stdout).toContain('Scale: 0 = None; 10 = Deep channel.');
    expect(r.stdout).toMatch(/^Weighted mean \(compromise model\) +\d/m);
    expect(r.stdout).toMatch(/^Port +90 [▁▂▃▄▅▆▇█]+ \d+$/m);
    expect(r.stdout).toContain('Biggest movers (BDM)');
    expect(r.stdout).toMatch(/\(region: (compromise|confrontation|compel)\)\./);
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
  });
});

describe('parley forecast --json', () => {
  it('is the documented single form for one model on one issue', async () => {
    const out = await json([yaml, '--model', 'bdm', '--issue', 'fees']);
    expect(Object.keys(out)).toEqual([
      'model',
      'dimensions',
      'actors',
      'turns',
      'final',
      'forecast',
      'provenance',
    ]);
    expect(out).toMatchObject({
      model: 'bdm',
      dimensions: ['Harbour fees'],
      actors: ['Port', 'City', 'Shippers', 'Greens'],
    });
    const turns = out.turns as { positions: Record<string, number[]> }[];
    expect(turns[0]!.positions).toEqual({ Port: [90], City: [60], Shippers: [10], Greens: [70] });
    expect(out.final).toEqual(turns.at(-1)!.positions);
  });

  it('wraps several issues and models per issue, each result in the single form', async () => {
    const out = await json([yaml, '--model', 'median,smp']);
    expect(out.models).toEqual(['median', 'smp']);
    expect(out.issues!.map((i) => i.issue)).toEqual(['fees', 'dredging']);
    const results = out.issues![1]!.results as { model: string; dimensions: string[] }[];
    expect(results.map((r) => [r.model, r.dimensions])).toEqual([
      ['median', ['Dredging']],
      ['smp', ['Dredging']],
    ]);
    expect(out.issues![1]!.scale).toEqual({ min: 0, max: 10, low: 'None', high: 'Deep channel' });
  });

  it('runs every model but condorcet by default', async () => {
    const out = await json([yaml, '--issue', 'Dredging']);
    expect(out.models).toEqual(['mean', 'capability-mean', 'median', 'bdm', 'smp']);
  });

  it('adds a distribution with --runs, identical on one worker and on two', async () => {
    const argv = [yaml, '--model', 'bdm,smp', '--runs', '60', '--seed', '7'];
    const [one, two] = await Promise.all([
      runCli(['forecast', ...argv, '--workers', '1', '--json', '-q']),
      runCli(['forecast', ...argv, '--workers', '2', '--json', '-q']),
    ]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const out = JSON.parse(one.stdout) as { issues: { results: Record<string, unknown>[] }[] };
    const bdm = out.issues[0]!.results[0]! as {
      distribution: { runs: number }[];
      provenance: { seed: number };
    };
    expect(bdm.distribution).toHaveLength(1);
    expect(bdm.distribution[0]!.runs).toBe(60);
    expect(bdm.provenance.seed).toBe(7);
  });
});

describe('parley forecast: inputs', () => {
  it('reads the BDM actor table by its header', async () => {
    const out = await json([files['actors.csv']!, '--model', 'bdm']);
    expect(out.actors).toEqual(['Port', 'City', 'Shippers', 'Greens']);
    expect((out.turns as unknown[]).length).toBeGreaterThan(1);
  });

  it('reads a KTAB CSV, and forecasts its dimensions as one package with --joint', async () => {
    const out = await json([files['ktab.csv']!, '--model', 'smp', '--joint']);
    const results = out.issues!.map((i) => (i.results as Record<string, unknown>[])[0]!);
    const convergence = results.map(
      (r) => (r.provenance as { convergence: { dimensions: string[] }[] }).convergence,
    );
    expect(convergence[0]![0]!.dimensions).toEqual(['Fees Position', 'Dredging Position']);
  });

  it("uses a KTAB XML file's model parameters for the spatial model", async () => {
    const out = await json(
      [files['ktab.xml']!, '--model', 'smp', '--issue', 'fees'],
      /^! KTAB bargains over the 2 dimensions jointly/,
    );
    const smp = (out.provenance as { parameters: { smp: Record<string, unknown> } }).parameters.smp;
    expect(smp.votingRule).toBe('Binary');
    expect(smp.seed).toBe(12345);
  });

  it('reports a bad number in a CSV as a diagnostic with line:col (exit 1)', async () => {
    const r = await runCli(['forecast', files['bad.csv']!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /× "forty" is not a number\n {2}→ at actors\[0\]\.capability \(.*bad\.csv:2:6\)/,
    );
  });

  it('reports a scenario without issues (exit 1)', async () => {
    const r = await runCli(['forecast', files['pd.yaml']!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('× the scenario has no issues to forecast');
  });
});

describe('parley forecast: usage errors (exit 2)', () => {
  const cases: [string[], RegExp][] = [
    [['--model', 'bdn'], /error: unknown model "bdn"\nhint: models are mean, capability-mean/],
    [['--runs', '0'], /error: bad --runs "0"\nhint: --runs takes a whole number from 1/],
    [['--seed', '3'], /error: --seed needs --runs/],
    [['--workers', 'two'], /error: bad --workers "two"/],
    [['--bdm-variant', 'scholz'], /hint: variants are paper, scholz-code/],
    [
      ['--issue', 'fess'],
      /error: unknown issue "fess"\nhint: did you mean `fees`\? \(issues: fees, dredging\)/,
    ],
  ];
  for (const [flags, message] of cases) {
    it(`${flags.join(' ')}`, async () => {
      const r = await runCli(['forecast', yaml, ...flags]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    });
  }
});

describe('parley forecast: cancelling', () => {
  it('stops a Monte Carlo run when the signal fires, with a message and exit 130', async () => {
    const stdout = { text: '', write: (s: string) => (stdout.text += s) };
    const stderr = { text: '', write: (s: string) => (stderr.text += s) };
    const ctx = makeCtx({ stdout, stderr, env: {} }, { quiet: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const code = await forecastCommand(
      ctx,
      yaml,
      { model: 'smp', runs: '200000', workers: '2' },
      controller.signal,
    );
    expect(code).toBe(EXIT_CANCELLED);
    expect(stderr.text).toBe('parley: forecast cancelled; nothing was written\n');
    expect(stdout.text).toBe('');
  });
});
