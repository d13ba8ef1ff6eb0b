import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readNfg } from './readNfg.ts';
import { nfgFromPayoffs, nfgPayoff, writeNfg } from './writeNfg.ts';
import type { NfgGame } from './gambitGame.ts';

function read(text: string): NfgGame {
  const result = readNfg(text);
  if (!result.ok)
    throw new Error(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return result.value;
}

const table = (g: NfgGame) =>
  g.players.map((_, i) =>
    Array.from(g.profileOutcomes, (_, p) => {
      const x = nfgPayoff(g, i, p);
      return `${x.num}/${x.den}`;
    }),
  );

// Battle of the Sexes (Luce & Raiffa 1957) as payoff tables, player 1 fastest.
const BOS = nfgFromPayoffs({
  title: 'Battle of the sexes',
  players: ['Wife', 'Husband'],
  strategies: [
    ['Opera', 'Football'],
    ['Opera', 'Football'],
  ],
  payoffs: [
    [2n, 0n, 0n, 1n].map((n) => ({ num: n, den: 1n })),
    [1n, 0n, 0n, 2n].map((n) => ({ num: n, den: 1n })),
  ],
});

describe('writeNfg', () => {
  it('writes the outcome version the way Gambit lays out table games', () => {
    expect(writeNfg(BOS, { version: 'outcome' })).toBe(
      [
        'NFG 1 R "Battle of the sexes" { "Wife" "Husband" }',
        '',
        '{ { "Opera" "Football" }',
        '{ "Opera" "Football" }',
        '}',
        '""',
        '',
        '{',
        '{ "o1" 2, 1 }',
        '{ "o2" 0, 0 }',
        '{ "o3" 1, 2 }',
        '}',
        '1 2 2 3',
        '',
      ].join('\n'),
    );
  });

  it('round-trips both body versions through the reader', () => {
    for (const version of ['payoff', 'outcome'] as const) {
      const back = read(writeNfg(BOS, { version }));
      expect(back.version).toBe(version);
      expect(back.strategies).toEqual(BOS.strategies);
      expect(table(back)).toEqual(table(BOS));
    }
  });

  it('keeps the source text of numbers read from a file (7.32 stays 7.32)', () => {
    const g = read('NFG 1 R "" { "A" } { 2 } 7.32 1/3');
    expect(writeNfg(g)).toContain('7.32\n1/3');
  });

  it('never emits a backslash, escapes quotes and makes labels unique and single-spaced', () => {
    const g = nfgFromPayoffs({
      title: 'a\\b "quoted"',
      players: ['P  one', 'P  one'],
      strategies: [['x'], ['']],
      payoffs: [[{ num: 1n, den: 2n }], [{ num: -3n, den: 1n }]],
    });
    const text = writeNfg(g);
    expect(text).not.toMatch(/\\(?!")/);
    const back = read(text);
    expect(back.title).toBe('a/b "quoted"');
    expect(back.players).toEqual(['P one_1', 'P one_2']);
    expect(back.strategies[1]).toEqual(['_1']);
    expect(table(back)).toEqual([['1/2'], ['-3/1']]);
  });

  it('round-trips random games with exact fractional payoffs', () => {
    const game = fc
      .array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 })
      .chain((counts) => {
        const profiles = counts.reduce((a, b) => a * b, 1);
        const payoff = fc
          .tuple(fc.bigInt({ min: -50n, max: 50n }), fc.bigInt({ min: 1n, max: 7n }))
          .map(([num, den]) => ({ num, den }));
        return fc.tuple(
          fc.constant(counts),
          fc.array(fc.array(payoff, { minLength: profiles, maxLength: profiles }), {
            minLength: counts.length,
            maxLength: counts.length,
          }),
          fc.constantFrom('payoff' as const, 'outcome' as const),
        );
      });
    fc.assert(
      fc.property(game, ([counts, payoffs, version]) => {
        const g = nfgFromPayoffs({
          players: counts.map((_, i) => `P${i + 1}`),
          strategies: counts.map((n) => Array.from({ length: n }, (_, k) => `s${k}`)),
          payoffs,
        });
        expect(table(read(writeNfg(g, { version })))).toEqual(table(g));
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('round-trips labels, title, comment and both bodies losslessly when the labels are valid for Gambit 17', () => {
    // Valid labels: non-empty, trimmed, single-spaced, no control characters, no backslash;
    // quotes and non-ASCII letters are fine. Title and comment are free text without backslashes.
    const word = fc
      .stringMatching(/^[A-Za-z0-9"'éß€ _-]{1,8}$/)
      .map((w) => w.trim().replace(/ +/g, ' '));
    const label = word.filter((w) => w.length > 0);
    const labels = (n: number) => fc.uniqueArray(label, { minLength: n, maxLength: n });
    const text = fc.string({
      maxLength: 20,
      unit: fc.constantFrom('a', 'Z', ' ', '"', '\n', '\t', 'é', '{', '}'),
    });
    const game = fc
      .array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 })
      .chain((counts) => {
        const profiles = counts.reduce((a, b) => a * b, 1);
        const payoff = fc
          .tuple(fc.bigInt({ min: -9n, max: 9n }), fc.bigInt({ min: 1n, max: 4n }))
          .map(([num, den]) => ({ num, den }));
        return fc.record({
          title: text,
          comment: text,
          players: labels(counts.length),
          strategies: fc.tuple(...counts.map((n) => labels(n))),
          payoffs: fc.array(fc.array(payoff, { minLength: profiles, maxLength: profiles }), {
            minLength: counts.length,
            maxLength: counts.length,
          }),
          version: fc.constantFrom('payoff' as const, 'outcome' as const),
        });
      });
    fc.assert(
      fc.property(game, ({ version, ...spec }) => {
        const g = nfgFromPayoffs(spec);
        const back = read(writeNfg(g, { version }));
        expect({ ...back, version: g.version }).toEqual(
          version === 'outcome'
            ? g
            : { ...g, outcomes: back.outcomes, profileOutcomes: back.profileOutcomes },
        );
        expect(table(back)).toEqual(table(g));
      }),
      { numRuns: 300, seed: 2024 },
    );
  });
});
