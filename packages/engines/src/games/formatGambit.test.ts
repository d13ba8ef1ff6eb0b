import { describe, expect, it } from 'vitest';
import { bimatrixGame } from './strategicGame.ts';
import { formatGambit, formatSignificant } from './formatGambit.ts';
import { enumMixed } from './solvers/enummixed.ts';
import { enumPure } from './solvers/enumpure.ts';
import { logitSolve } from './solvers/logit.ts';

const BOS = bimatrixGame(
  [
    [2, 0],
    [0, 1],
  ],
  [
    [1, 0],
    [0, 2],
  ],
);

describe('formatGambit', () => {
  it('prints one NE line per equilibrium with exact rationals, like gambit-enummixed', () => {
    expect(formatGambit(enumMixed(BOS))).toBe('NE,1,0,1,0\nNE,2/3,1/3,1/3,2/3\nNE,0,1,0,1\n');
  });

  it('prints fixed decimals with -d, like gambit-enumpure -d 4', () => {
    expect(formatGambit(enumPure(BOS), { decimals: 4 })).toBe(
      'NE,1.0000,0.0000,1.0000,0.0000\nNE,0.0000,1.0000,0.0000,1.0000\n',
    );
  });

  it('adds convex-k lines for the maximal convex sets (gambit-enummixed -c)', () => {
    const degenerate = bimatrixGame(
      [
        [3, 3],
        [2, 5],
        [0, 6],
      ],
      [
        [3, 3],
        [2, 6],
        [3, 1],
      ],
    );
    const text = formatGambit(enumMixed(degenerate), { convexSets: true });
    expect(text.split('\n').filter((l) => l.startsWith('convex'))).toEqual([
      'convex-1,1,0,0,1,0',
      'convex-1,1,0,0,2/3,1/3',
      'convex-2,0,1/3,2/3,1/3,2/3',
    ]);
  });

  it('prints the logit branch as λ with 6 decimals and probabilities with 6 significant digits, then NE', () => {
    const s = logitSolve(
      bimatrixGame(
        [
          [9, 0],
          [0, 1],
        ],
        [
          [0, 1],
          [1, 0],
        ],
      ),
    );
    const lines = formatGambit(s).trimEnd().split('\n');
    expect(lines[0]).toBe('0.000000,0.5,0.5,0.5,0.5');
    expect(lines.at(-1)).toBe('NE,0.5,0.5,0.1,0.9');
    expect(lines.slice(1, -1).every((l) => /^\d+\.\d{6}(,[-\d.e+]+){4}$/.test(l))).toBe(true);
    expect(formatGambit(s, { terminalOnly: true })).toBe('NE,0.5,0.5,0.1,0.9\n');
  });

  it('formats doubles the way C++ streams do with precision 6', () => {
    expect(
      [1 / 3, 2 / 3, 1, 0, 0.5, 1e-7, 123456789, -2.5e-5, 0.0001].map((x) => formatSignificant(x)),
    ).toEqual([
      '0.333333',
      '0.666667',
      '1',
      '0',
      '0.5',
      '1e-07',
      '1.23457e+08',
      '-2.5e-05',
      '0.0001',
    ]);
  });
});
