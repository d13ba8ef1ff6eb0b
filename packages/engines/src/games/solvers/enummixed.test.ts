import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { r } from '../../shared/rational.ts';
import { bimatrixGame, type StrategicGame } from '../strategicGame.ts';
import { profileKey, type MixedProfile } from '../mixedProfile.ts';
import { extremeEquilibriaBySupports } from '../reference/supportEnumeration.ts';
import { bimatrixArbitrary } from '../testing/arbitraries.ts';
import { enumMixed } from './enummixed.ts';

const lines = (profiles: MixedProfile[]) => profiles.map((p) => p.flat().join(','));
const solve = (game: StrategicGame) => enumMixed(game);
const keys = (profiles: MixedProfile[]) => profiles.map(profileKey).sort();

describe('enumMixed', () => {
  it("finds the three equilibria of von Stengel's 3×2 example (Handbook of Game Theory vol. 3, 2002, §2)", () => {
    const game = bimatrixGame(
      [
        [3, 3],
        [2, 5],
        [0, 6],
      ],
      [
        [3, 2],
        [2, 6],
        [3, 1],
      ],
    );
    expect(lines(solve(game).equilibria.map((e) => e.profile))).toEqual([
      '1,0,0,1,0',
      '4/5,1/5,0,2/3,1/3',
      '0,1/3,2/3,1/3,2/3',
    ]);
  });

  it('finds the unique mixed equilibrium of Matching Pennies, with payoffs 0', () => {
    const s = solve(
      bimatrixGame(
        [
          [1, -1],
          [-1, 1],
        ],
        [
          [-1, 1],
          [1, -1],
        ],
      ),
    );
    expect(lines(s.equilibria.map((e) => e.profile))).toEqual(['1/2,1/2,1/2,1/2']);
    expect(s.equilibria[0]!.payoffs.map(String)).toEqual(['0', '0']);
  });

  it('finds the two pure and one mixed equilibria of the Battle of the Sexes (Luce & Raiffa 1957)', () => {
    const s = solve(
      bimatrixGame(
        [
          [2, 0],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 2],
        ],
      ),
    );
    expect(lines(s.equilibria.map((e) => e.profile))).toEqual([
      '1,0,1,0',
      '2/3,1/3,1/3,2/3',
      '0,1,0,1',
    ]);
    expect(s.equilibria[1]!.payoffs.map(String)).toEqual(['2/3', '2/3']);
  });

  it('reports the continuum of a degenerate game as extreme points and maximal convex sets', () => {
    // von Stengel (2002) §2.6: the 3×2 example with B's top row made (3, 3), so the column
    // player is indifferent against the top row: (top, y) is an equilibrium for y between
    // (1, 0) and (2/3, 1/3).
    const s = solve(
      bimatrixGame(
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
      ),
    );
    expect(lines(s.equilibria.map((e) => e.profile))).toEqual([
      '1,0,0,1,0',
      '1,0,0,2/3,1/3',
      '0,1/3,2/3,1/3,2/3',
    ]);
    expect(s.convexSets!.map((c) => [c.rows.map(String), c.cols.map(String)])).toEqual([
      [['1,0,0'], ['1,0', '2/3,1/3']],
      [['0,1/3,2/3'], ['1/3,2/3']],
    ]);
  });

  it('finds all 75 equilibria of the 6×6 game of von Stengel (1999), small-payoff version of Savani & von Stengel (2006)', () => {
    const a = [
      [-81, 36, -126, 126, -36, 90],
      [-180, 72, -333, 297, -153, 270],
      [20, -3, 42, -33, 17, -30],
      [-30, 17, -33, 42, -3, 20],
      [270, -153, 297, -333, 72, -180],
      [90, -36, 126, -126, 36, -81],
    ];
    const b = [
      [72, 36, 17, -3, -36, -153],
      [-180, -81, -30, 20, 90, 270],
      [297, 126, 42, -33, -126, -333],
      [-333, -126, -33, 42, 126, 297],
      [270, 90, 20, -30, -81, -180],
      [-153, -36, -3, 17, 36, 72],
    ];
    const s = solve(bimatrixGame(a, b));
    expect(s.equilibria).toHaveLength(75);
    expect(s.equilibria.every((e) => e.regret.isZero())).toBe(true);
  });

  it('handles one-strategy players and all-zero games (every profile an equilibrium)', () => {
    expect(lines(solve(bimatrixGame([[5]], [[7]])).equilibria.map((e) => e.profile))).toEqual([
      '1,1',
    ]);
    const zero = solve(
      bimatrixGame(
        [
          [0, 0],
          [0, 0],
        ],
        [
          [0, 0],
          [0, 0],
        ],
      ),
    );
    expect(lines(zero.equilibria.map((e) => e.profile))).toEqual([
      '1,0,1,0',
      '1,0,0,1',
      '0,1,1,0',
      '0,1,0,1',
    ]);
    expect(zero.convexSets).toHaveLength(1);
  });

  it('reads payoffs exactly: 0.1 and 1/10 are the same payoff, so ties are detected', () => {
    const s = solve(bimatrixGame([['0.1', '1/10']], [[r(1, 3), '0.5']]));
    expect(lines(s.equilibria.map((e) => e.profile))).toEqual(['1,0,1']);
  });

  it('agrees with brute-force support enumeration on random games, degenerate ones included', () => {
    fc.assert(
      fc.property(bimatrixArbitrary(4, 3), (game) => {
        const fast = solve(game).equilibria;
        expect(fast.every((e) => e.regret.isZero())).toBe(true);
        expect(keys(fast.map((e) => e.profile))).toEqual(keys(extremeEquilibriaBySupports(game)));
      }),
      { numRuns: 300, seed: 2002 },
    );
  });

  it('agrees with brute force on random nondegenerate-looking games with larger payoffs', () => {
    fc.assert(
      fc.property(bimatrixArbitrary(5, 99), (game) => {
        expect(keys(solve(game).equilibria.map((e) => e.profile))).toEqual(
          keys(extremeEquilibriaBySupports(game)),
        );
      }),
      { numRuns: 60, seed: 1999 },
    );
  });

  it('gives convex sets whose every pair is an equilibrium found', () => {
    fc.assert(
      fc.property(bimatrixArbitrary(4, 2), (game) => {
        const s = solve(game);
        const found = new Set(s.equilibria.map((e) => profileKey(e.profile)));
        for (const set of s.convexSets!) {
          for (const row of set.rows)
            for (const col of set.cols) expect(found.has(profileKey([row, col]))).toBe(true);
        }
      }),
      { numRuns: 200, seed: 79 },
    );
  });
});
