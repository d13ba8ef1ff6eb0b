import { describe, expect, it } from 'vitest';
import { PD_GMCR, PD_YAML } from '../testing/fixtures.ts';
import { runCli, tempFiles } from '../testing/runCli.ts';
import { readFileSync } from 'node:fs';

/** Matching Pennies, payoff version (player 1's strategy varies fastest). */
const PENNIES = `NFG 1 R "Matching Pennies" { "1" "2" } { 2 2 }

1 -1 -1 1 -1 1 1 -1
`;

/** Battle of the Sexes, outcome version with labels: (2,1) at Opera/Opera, (1,2) at Football/Football. */
const BOS = `NFG 1 R "Battle of the Sexes" { "Wife" "Husband" }

{ { "Opera" "Football" }
{ "Opera" "Football" }
}
""

{
{ "" 2, 1 }
{ "" 0, 0 }
{ "" 1, 2 }
}
1 2 2 3
`;

/** Three players coordinate: all first strategies pay 1 each, all second strategies 2 each. */
const THREE = `NFG 1 R "Three-player coordination" { "A" "B" "C" } { 2 2 2 }

1 1 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 2 2 2
`;

/** The entry game: stay out (1, 3), or enter and be fought (0, 0) or accommodated (2, 2). */
const ENTRY = `EFG 2 R "Entry" { "Entrant" "Incumbent" }
""

p "" 1 1 "" { "Out" "In" } 0
t "" 1 "Out" { 1, 3 }
p "" 2 1 "" { "Fight" "Accommodate" } 0
t "" 2 "Fight" { 0, 0 }
t "" 3 "Accommodate" { 2, 2 }
`;

/** Selten (1975), figure 2: player 1 moves twice, the second time only after passing first. */
const SELTEN = `EFG 2 R "Selten 1975, figure 2" { "One" "Two" } ""
p "" 1 1 "first" { "end" "pass" } 0
t "" 1 "a" { 1, 1 }
p "" 2 1 "second" { "end" "pass" } 0
t "" 2 "b" { 0, 2 }
p "" 1 2 "third" { "low" "high" } 0
t "" 3 "c" { 0, 3 }
t "" 4 "d" { 2, 0 }
`;

const files = tempFiles({
  'selten.efg': SELTEN,
  'pennies.nfg': PENNIES,
  'bos.nfg': BOS,
  'three.nfg': THREE,
  'entry.efg': ENTRY,
  'broken.nfg': PENNIES.replace('1 -1 -1 1', '1, -1 -1 1'),
  'pd.yaml': PD_YAML,
  'pd.gmcr': PD_GMCR,
});

const solve = (...argv: string[]) => runCli(['games', 'solve', ...argv]);

describe('parley games solve: Gambit-compatible lines (research/gambit.md §2)', () => {
  it('prints Matching Pennies’ unique equilibrium as NE,1/2,1/2,1/2,1/2', async () => {
    const r = await solve(files['pennies.nfg']!, '--method', 'enummixed');
    expect(r).toMatchObject({ code: 0, stdout: 'NE,1/2,1/2,1/2,1/2\n' });
  });

  it('prints the three equilibria of the Battle of the Sexes, the mixed one as 2/3,1/3,1/3,2/3', async () => {
    const r = await solve(files['bos.nfg']!, '-m', 'enummixed');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('NE,1,0,1,0\nNE,2/3,1/3,1/3,2/3\nNE,0,1,0,1\n');
  });

  it('prints fixed decimals with -d and convex-k lines with -c, as Gambit’s -d and -c', async () => {
    const d = await solve(files['bos.nfg']!, '-m', 'enummixed', '-d', '4');
    expect(d.stdout.split('\n')[1]).toBe('NE,0.6667,0.3333,0.3333,0.6667');
    const c = await solve(files['bos.nfg']!, '-m', 'enummixed', '-c');
    expect(c.stdout).toContain('convex-2,2/3,1/3,1/3,2/3\n');
  });

  it('finds both pure equilibria of a three-player coordination game with enumpure', async () => {
    const r = await solve(files['three.nfg']!, '-m', 'enumpure');
    expect(r.stdout).toBe('NE,1,0,1,0,1,0\nNE,0,1,0,1,0,1\n');
  });

  it('prints one λ line per traced point, then the NE line, for logit', async () => {
    const r = await solve(files['bos.nfg']!, '-m', 'logit');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('0.000000,0.5,0.5,0.5,0.5');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^\d+\.\d{6}(,[-\d.e+]+){4}$/);
    expect(lines.at(-1)).toMatch(/^NE(,[\d.e-]+){4}$/);
  });

  it('solves a tree in its reduced strategic form and says so on stderr', async () => {
    const r = await solve(files['entry.efg']!, '-m', 'enumpure');
    // Out/Fight (a non-credible threat) and In/Accommodate (Selten 1978's chain-store stage).
    expect(r).toMatchObject({ code: 0, stdout: 'NE,1,0,1,0\nNE,0,1,0,1\n' });
    expect(r.stderr).toContain('reduced strategic form');
  });

  it('prints a tree’s equilibria in behaviour strategies as Gambit does, the reduced strategic form with -S (outputs in Gambit’s documentation for this tree)', async () => {
    const pure = await solve(files['selten.efg']!, '-m', 'enumpure');
    expect(pure).toMatchObject({ code: 0, stdout: 'NE,1,0,0,0,1,0\n' });
    expect(pure.stderr).toContain('behaviour strategies');
    expect((await solve(files['selten.efg']!, '-m', 'enumpure', '-S')).stdout).toBe(
      'NE,1,0,0,1,0\n',
    );
    // gambit-lcp fills the set player 1 never reaches with the centroid (sequence form).
    expect((await solve(files['selten.efg']!, '-m', 'lcp')).stdout).toBe(
      'NE,1,0,1/2,1/2,1/2,1/2\n',
    );
    // gambit-enummixed and gambit-simpdiv always answer in the reduced strategic form.
    expect((await solve(files['selten.efg']!, '-m', 'enummixed')).stdout).toBe(
      'NE,1,0,0,1,0\nNE,1,0,0,1/2,1/2\n',
    );
    expect((await solve(files['selten.efg']!, '-m', 'simpdiv')).stdout).toBe('NE,1,0,0,1,0\n');
  });

  it('takes Gambit’s -e and -r: lcp stops after n equilibria or at a depth, logit prints only its NE line', async () => {
    const first = await solve(files['bos.nfg']!, '-m', 'lcp', '-e', '1');
    expect(first).toMatchObject({ code: 0, stdout: 'NE,1,0,1,0\n' });
    // From the artificial equilibrium the paths reach both pure equilibria; the mixed one lies
    // one path further (from either pure one).
    expect((await solve(files['bos.nfg']!, '-m', 'lcp', '-r', '1')).stdout).toBe(
      'NE,1,0,1,0\nNE,0,1,0,1\n',
    );
    expect((await solve(files['bos.nfg']!, '-m', 'lcp')).stdout).toBe(
      'NE,1,0,1,0\nNE,2/3,1/3,1/3,2/3\nNE,0,1,0,1\n',
    );
    const logit = await solve(files['bos.nfg']!, '-m', 'logit', '-e');
    expect(logit.stdout).toMatch(/^NE(,[\d.e-]+){4}\n$/);
    expect((await solve(files['bos.nfg']!, '-m', 'lcp', '-e')).code).toBe(2);
    expect((await solve(files['bos.nfg']!, '-m', 'enumpure', '-e', '1')).code).toBe(2);
  });

  it('refuses -c with a method other than enummixed (usage error, exit 2)', async () => {
    expect((await solve(files['bos.nfg']!, '-m', 'lcp', '-c')).code).toBe(2);
  });

  it('defaults to enummixed for two players and simpdiv for more', async () => {
    expect((await solve(files['pennies.nfg']!)).stdout).toBe('NE,1/2,1/2,1/2,1/2\n');
    expect((await solve(files['three.nfg']!)).stdout).toBe('NE,1,0,1,0,1,0\n');
  });
});

describe('parley games solve --json', () => {
  it('gives players, strategies, method and equilibria with exact strings', async () => {
    const r = await solve(files['bos.nfg']!, '-m', 'enummixed', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      players: ['Wife', 'Husband'],
      strategies: [
        ['Opera', 'Football'],
        ['Opera', 'Football'],
      ],
      method: 'enummixed',
      exact: true,
    });
    expect(json.equilibria).toContainEqual({
      profile: [
        ['2/3', '1/3'],
        ['1/3', '2/3'],
      ],
      payoffs: ['2/3', '2/3'],
      regret: '0',
    });
  });
});

describe('parley games solve: problems', () => {
  it('refuses a two-player method on three players with Gambit’s message and exit 1', async () => {
    const r = await solve(files['three.nfg']!, '-m', 'enummixed');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('× Method only valid for two-player games.');
    expect(r.stderr).toContain(
      'hint: the game has 3 players: use --method enumpure, simpdiv or logit',
    );
  });

  it('refuses lp on a game that is not constant-sum, exit 1', async () => {
    const r = await solve(files['bos.nfg']!, '-m', 'lp');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Method only valid for constant-sum games.');
  });

  it('reports a malformed file with its line and column, exit 1', async () => {
    const r = await solve(files['broken.nfg']!);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.nfg:3:\d+/);
  });

  it('treats a missing file as an input problem and a bad flag value as a usage error', async () => {
    expect((await solve(`${files.dir}/nope.nfg`)).code).toBe(1);
    const method = await solve(files['bos.nfg']!, '-m', 'magic');
    expect(method.code).toBe(2);
    expect(method.stderr).toContain(
      'hint: methods are enumpure, enummixed, lcp, lp, simpdiv, logit',
    );
    expect((await solve(files['bos.nfg']!, '-d', 'x')).code).toBe(2);
    expect((await solve(files['bos.nfg']!, '--options', 'core')).code).toBe(2);
  });
});

describe('parley games from', () => {
  it('writes the Prisoner’s Dilemma as an .nfg with ranks T=4, R=3, P=2, S=1', async () => {
    const r = await runCli(['games', 'from', files['pd.yaml']!]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`NFG 1 R "Prisoner's Dilemma: game view" { "Prisoner 1" "Prisoner 2" }`);
    expect(r.stdout).toContain('{ { "—" "c1" }\n{ "—" "c2" }\n}');
    // Profiles (—,—), (c1,—), (—,c2), (c1,c2): R R, T S, S T, P P.
    expect(lines.slice(-5, -1)).toEqual(['3 3', '4 1', '1 4', '2 2']);
    expect(r.stderr).toContain('2 players (2 × 2 strategies), 4 profiles');
  });

  it('writes a file that games solve reads back: mutual confession is the only equilibrium', async () => {
    const out = `${files.dir}/pd.nfg`;
    expect((await runCli(['games', 'from', files['pd.gmcr']!, '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^NFG 1 R/);
    expect((await solve(out, '-m', 'enummixed')).stdout).toBe('NE,0,1,0,1\n');
  });

  it('solves a scenario directly through its game view', async () => {
    const r = await solve(files['pd.yaml']!, '-m', 'enumpure', '--options', 'c1,c2');
    expect(r).toMatchObject({ code: 0, stdout: 'NE,0,1,0,1\n' });
  });

  it('lists the options when one is unknown (exit 2), and accepts score payoffs', async () => {
    const r = await runCli(['games', 'from', files['pd.yaml']!, '--options', 'c1,c3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option(s): c3');
    expect(r.stderr).toContain('hint: options are c1, c2');
    const score = await runCli(['games', 'from', files['pd.yaml']!, '--payoff', 'score', '-q']);
    expect(score.code).toBe(0);
    expect(score.stderr).toBe('');
  });
});
