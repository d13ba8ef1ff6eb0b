import { describe, expect, it } from 'vitest';
import { readNfg } from './readNfg.ts';
import { nfgPayoff } from './writeNfg.ts';
import type { NfgGame } from './gambitGame.ts';

function read(text: string): NfgGame {
  const result = readNfg(text, 'test.nfg');
  if (!result.ok)
    throw new Error(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return result.value;
}

function errorOf(text: string) {
  const result = readNfg(text);
  expect(result.ok).toBe(false);
  return result.diagnostics.find((d) => d.severity === 'error')!;
}

const payoffTable = (g: NfgGame, player: number) =>
  Array.from(g.profileOutcomes, (_, p) => {
    const x = nfgPayoff(g, player, p);
    return x.den === 1n ? `${x.num}` : `${x.num}/${x.den}`;
  });

// Matching Pennies in the payoff version (profiles: (H,H) (T,H) (H,T) (T,T), player 1 fastest).
const PENNIES = `NFG 1 R "Matching pennies" { "Row" "Column" }
{ { "H" "T" } { "H" "T" } }
"zero-sum"
1 -1  -1 1  -1 1  1 -1
`;

describe('readNfg, payoff version', () => {
  it('reads labels, the comment and payoffs with player 1 varying fastest', () => {
    const g = read(PENNIES);
    expect(g.players).toEqual(['Row', 'Column']);
    expect(g.strategies).toEqual([
      ['H', 'T'],
      ['H', 'T'],
    ]);
    expect(g.comment).toBe('zero-sum');
    expect(g.version).toBe('payoff');
    expect(payoffTable(g, 0)).toEqual(['1', '-1', '-1', '1']);
    expect(payoffTable(g, 1)).toEqual(['-1', '1', '1', '-1']);
  });

  it('accepts strategy counts, the D data type and a missing comment (like Gambit e04.nfg)', () => {
    const g = read('NFG 1 D "counts" { "A" "B" } { 3 2 }\n0 0 -1 2 -2 -2 0 0 -1 0 3 -1');
    expect(g.strategies).toEqual([
      ['1', '2', '3'],
      ['1', '2'],
    ]);
    expect(g.comment).toBe('');
    expect(payoffTable(g, 1)).toEqual(['0', '2', '-2', '0', '0', '-1']);
  });

  it('parses every payoff exactly: 0.1 is 1/10, and decimals, exponents and fractions work', () => {
    const g = read('NFG 1 R "" { "A" } { 6 } 0.1 1e-3 1.5e-2 3/4 -.5 007');
    expect(payoffTable(g, 0)).toEqual(['1/10', '1/1000', '3/200', '3/4', '-1/2', '7']);
  });

  it('keeps the source text of each number for display and re-export', () => {
    const g = read('NFG 1 R "" { "A" } { 1 } 7.320');
    expect(g.outcomes[0]!.payoffs[0]!.text).toBe('7.320');
  });

  it('needs no spaces around braces', () => {
    const g = read('NFG 1 R "t" {"A" "B"} {{"x" "y"}{"z"}} 1 2 3 4');
    expect(g.strategies).toEqual([['x', 'y'], ['z']]);
  });
});

describe('readNfg, outcome version', () => {
  // Outcomes listed in non-identity order and one null outcome, like Gambit's loopback.nfg.
  const TEXT = `NFG 1 R "outcomes" { "P1" "P2" }
{ { "U" "D" } { "L" "R" } }
"a comment
on two lines"
{
{ "win" 3, 1 }
{ "lose" 0 2 }
}
1 0 2 1
`;

  it('maps each profile to its outcome, 0 being the null outcome with zero payoffs', () => {
    const g = read(TEXT);
    expect(g.version).toBe('outcome');
    expect(g.comment).toBe('a comment\non two lines');
    expect(Array.from(g.profileOutcomes)).toEqual([1, 0, 2, 1]);
    expect(payoffTable(g, 0)).toEqual(['3', '0', '0', '3']);
    expect(payoffTable(g, 1)).toEqual(['1', '0', '2', '1']);
  });

  it('renames empty outcome labels as Gambit 17 does', () => {
    const g = read('NFG 1 R "" { "A" "B" } { 1 1 } { { "" 1 2 } { "" 3 4 } } 2');
    expect(g.outcomes.map((o) => o.label)).toEqual(['_1', '_2']);
  });

  it('rejects an outcome number beyond the outcome list (Gambit crashes on it)', () => {
    const e = errorOf('NFG 1 R "" { "A" } { 2 } { { "a" 1 } } 1 2');
    expect(e.message).toMatch(/Outcome 2 is not defined/);
    expect([e.line, e.col]).toEqual([1, 42]);
  });
});

describe('readNfg rejects what Gambit rejects, at the right line:col', () => {
  const cases: [string, string, number, number, RegExp][] = [
    [
      'a comma in the payoff body',
      'NFG 1 R "" { "A" } { 2 }\n1, 2',
      2,
      2,
      /Expected a numerical payoff, found ','/,
    ],
    ['too few payoffs', 'NFG 1 R "" { "A" } { 3 }\n1 2', 2, 4, /needs 3 payoffs/],
    ['too many payoffs', 'NFG 1 R "" { "A" } { 2 }\n1 2 3', 2, 5, /Expected end of file/],
    ['a leading plus', 'NFG 1 R "" { "A" } { 1 }\n+5', 2, 1, /leading \+/],
    ['an exponent with a plus', 'NFG 1 R "" { "A" } { 1 }\n1e+3', 2, 1, /Invalid number '1e\+3'/],
    ['a zero denominator', 'NFG 1 R "" { "A" } { 1 }\n1/0', 2, 1, /division by zero/],
    ['a decimal numerator', 'NFG 1 R "" { "A" } { 1 }\n3.0/2', 2, 4, /Expected end of file/],
    ['a comment with #', '# comment\nNFG 1 R "" { "A" } { 1 } 1', 1, 1, /file type indicator NFG/],
    ['lower-case nfg', 'nfg 1 R "" { "A" } { 1 } 1', 1, 1, /file type indicator NFG/],
    ['another version', 'NFG 2 R "" { "A" } { 1 } 1', 1, 5, /only NFG version 1/],
    ['an unknown data type', 'NFG 1 X "" { "A" } { 1 } 1', 1, 7, /data type R or D/],
    ['a missing title', 'NFG 1 R { "A" } { 1 } 1', 1, 9, /game title/],
    ['an unterminated label', 'NFG 1 R "" { "A } { 1 } 1', 1, 14, /End of file/],
    [
      'one strategy list too few',
      'NFG 1 R "" { "A" "B" } { { "x" } }',
      1,
      34,
      /strategies of player 2/,
    ],
    ['a player without strategies', 'NFG 1 R "" { "A" } { 0 } 1', 1, 22, /no strategies/],
    ['no players', 'NFG 1 R "" { } { } 1', 1, 14, /at least one player/],
  ];
  it.each(cases)('%s', (_what, text, line, col, message) => {
    const e = errorOf(text);
    expect(e.message).toMatch(message);
    expect([e.line, e.col]).toEqual([line, col]);
    expect(e.code).toMatch(/^gambit-/);
  });
});

describe('readNfg labels', () => {
  it('renames empty player labels to _1, _2 (as Gambit 17 reads sww1.nfg)', () => {
    const g = read('NFG 1 R "" { "" "" } { 1 1 } 0 0');
    expect(g.players).toEqual(['_1', '_2']);
  });

  it('de-duplicates strategy labels with the next unused suffix: x x x_1 → x_2 x_3 x_1', () => {
    const g = read('NFG 1 R "" { "A" } { { "x" "x" "x_1" } } 1 2 3');
    expect(g.strategies[0]).toEqual(['x_2', 'x_3', 'x_1']);
  });

  it('accepts labels Gambit 17 refuses (double spaces, newlines) with a warning, cleaned', () => {
    const result = readNfg('NFG 1 R "" { "New  York" " Boston" } { 1 1 } 0 0');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.players).toEqual(['New York', 'Boston']);
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatchObject({ code: 'gambit-label', line: 1, col: 14 });
  });

  it('reads \\" as a quote and keeps other backslashes with Gambit\'s quirks', () => {
    const g = read(String.raw`NFG 1 R "say \"hi\"" { "a\\b" } { 1 } 1`);
    expect(g.title).toBe('say "hi"');
    expect(g.players[0]).toBe(String.raw`a\\\b`);
  });
});
