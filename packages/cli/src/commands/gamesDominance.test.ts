import { describe, expect, it } from 'vitest';
import { makeCtx } from '../context.ts';
import { runCli, tempFiles } from '../testing/runCli.ts';
import { EXIT_CANCELLED } from './forecast.ts';
import { gamesSolve } from './games.ts';

/**
 * The Prisoner's Dilemma as Osborne (2004, §2.2) writes it: Quiet/Fink, payoffs (2, 2) for both
 * quiet, (1, 1) for both finking, 3 for the one who finks alone and 0 for the other.
 */
const PD = `NFG 1 R "Prisoner's Dilemma" { "1" "2" }
{ { "Quiet" "Fink" } { "Quiet" "Fink" } }
""

2 2 3 0 0 3 1 1
`;

/**
 * Row's payoffs are the standard example of a strategy dominated only by a mixture (Gibbons
 * 1992, §1.3.A): against L and C, B pays (1, 1) while T pays (3, 0) and M (0, 3), so neither
 * beats B but ½T + ½M pays (3/2, 3/2). Column R (our addition) is dominated by L once B is gone.
 *        L      C      R
 *   T   3,2    0,0    2,1
 *   M   0,2    3,3    2,1
 *   B   1,0    1,0    1,3
 */
const MIXED = `NFG 1 R "Dominated by a mixture" { "Row" "Column" }
{ { "T" "M" "B" } { "L" "C" "R" } }
""

3 2 0 2 1 0 0 0 3 3 1 0 2 1 2 1 1 3
`;

/** A 6×6 coordination game (1 on the diagonal): Lemke–Howson has many paths to follow. */
const COORDINATION = `NFG 1 R "Coordination" { "1" "2" } { 6 6 }

${Array.from({ length: 36 }, (_, k) => (k % 7 === 0 ? '1 1' : '0 0')).join(' ')}
`;

const files = tempFiles({ 'pd.nfg': PD, 'mixed.nfg': MIXED, 'coord.nfg': COORDINATION });
const solve = (...argv: string[]) => runCli(['games', 'solve', ...argv]);

describe('parley games solve --eliminate', () => {
  it('removes Quiet for each prisoner in turn, then solves what is left: (Fink, Fink)', async () => {
    const r = await solve(files['pd.nfg']!, '--eliminate', '--method', 'enumpure');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Iterated elimination of strategies strictly dominated by pure strategies:',
        '  step 1: player 1 drops "Quiet", strictly dominated by "Fink"',
        '  step 2: player 2 drops "Quiet", strictly dominated by "Fink"',
        'Remaining: player 1: "Fink"; player 2: "Fink"',
        // Mapped back to both strategies of each player: 0 on Quiet.
        'NE,0,1,0,1',
        '',
      ].join('\n'),
    );
  });

  it('finds B dominated only with --mixed, by the mixture 1/2 T + 1/2 M, and then R by L', async () => {
    const pure = await solve(files['mixed.nfg']!, '--eliminate');
    expect(pure.stdout).toContain('  no strategy is strictly dominated\n');
    const mixed = await solve(files['mixed.nfg']!, '--eliminate', '--mixed');
    expect(mixed.stdout).toBe(
      [
        'Iterated elimination of strategies strictly dominated by pure or mixed strategies:',
        '  step 1: player 1 "Row" drops "B", strictly dominated by the mixture 1/2 "T" + 1/2 "M"',
        '  step 2: player 2 "Column" drops "R", strictly dominated by "L"',
        'Remaining: player 1 "Row": "T", "M"; player 2 "Column": "L", "C"',
        '',
      ].join('\n'),
    );
  });

  it('solves the reduced 2×2 game and prints its equilibria over all three strategies of each player', async () => {
    const r = await solve(files['mixed.nfg']!, '--eliminate', '--mixed', '-m', 'enummixed');
    // The 2×2 game T/M × L/C: (T, L), (M, C), and Row 1/3 T (Column indifferent: 2 = 3·2/3),
    // Column 1/2 L (Row indifferent: 3/2 = 3/2).
    expect(r.stdout.split('\n').filter((l) => l.startsWith('NE'))).toEqual([
      'NE,1,0,0,1,0,0',
      'NE,1/3,2/3,0,1/2,1/2,0',
      'NE,0,1,0,0,1,0',
    ]);
    // The same equilibria as solving the full game directly (strict dominance loses none).
    const direct = await solve(files['mixed.nfg']!, '-m', 'enummixed');
    expect(direct.stdout.trimEnd().split('\n').sort()).toEqual(
      r.stdout
        .split('\n')
        .filter((l) => l.startsWith('NE'))
        .sort(),
    );
  });

  it('adds the steps to --json with 0-based indices and exact probabilities, zeros in the profiles', async () => {
    const r = await solve(
      files['mixed.nfg']!,
      '--eliminate',
      '--mixed',
      '-m',
      'enumpure',
      '--json',
    );
    const json = JSON.parse(r.stdout) as {
      dominance: { steps: { player: number; strategy: number; by: string[] }[]; kept: number[][] };
      equilibria: { profile: string[][] }[];
    };
    expect(json.dominance.steps[0]).toEqual({
      player: 0,
      strategy: 2,
      label: 'B',
      by: ['1/2', '1/2', '0'],
    });
    expect(json.dominance.kept).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(json.equilibria[0]!.profile).toEqual([
      ['1', '0', '0'],
      ['1', '0', '0'],
    ]);
  });

  it('refuses --mixed without --eliminate (exit 2)', async () => {
    expect((await solve(files['pd.nfg']!, '--mixed')).code).toBe(2);
  });
});

describe('parley games solve: cancelling', () => {
  it('stops lcp after its first Lemke–Howson path, keeps the elimination lines and exits 130', async () => {
    const stdout = { text: '', write: (s: string) => (stdout.text += s) };
    const stderr = { text: '', write: (s: string) => (stderr.text += s) };
    const ctx = makeCtx({ stdout, stderr, env: {} }, { quiet: true });
    const controller = new AbortController();
    let reports = 0;
    const code = await gamesSolve(
      ctx,
      files['coord.nfg']!,
      { method: 'lcp', eliminate: true },
      {
        signal: controller.signal,
        inProcess: true,
        onProgress: () => {
          reports++;
          controller.abort();
        },
      },
    );
    expect(code).toBe(EXIT_CANCELLED);
    expect(reports).toBe(1);
    expect(stdout.text).toContain('  no strategy is strictly dominated\n');
    expect(stdout.text).not.toContain('NE,');
    expect(stderr.text).toContain('interrupted: lcp was stopped before it finished');
  });
});
