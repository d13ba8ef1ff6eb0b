import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EngineError } from '../../shared/engineError.ts';
import { bimatrixGame, tabulateGame } from '../strategicGame.ts';
import { extremeEquilibriaBySupports } from '../reference/supportEnumeration.ts';
import { expectedPayoffs } from '../mixedProfile.ts';
import { isConstantSum, lpSolve } from './lp.ts';

const zeroSum = (a: number[][]) =>
  bimatrixGame(
    a,
    a.map((row) => row.map((v) => -v)),
  );

describe('lpSolve (constant-sum games)', () => {
  it('gives Matching Pennies value 0 with both players mixing 1/2–1/2', () => {
    const s = lpSolve(
      zeroSum([
        [1, -1],
        [-1, 1],
      ]),
    );
    expect(s.value!.map(String)).toEqual(['0', '0']);
    expect(s.equilibria[0]!.profile.flat().map(String)).toEqual(['1/2', '1/2', '1/2', '1/2']);
  });

  it('solves Rock–Paper–Scissors: value 0, uniform strategies', () => {
    const s = lpSolve(
      zeroSum([
        [0, -1, 1],
        [1, 0, -1],
        [-1, 1, 0],
      ]),
    );
    expect(s.equilibria[0]!.profile.flat().map(String)).toEqual(Array(6).fill('1/3'));
  });

  it('computes an exact value of 1/5 for [[2,-1],[-1,1]] (p = q = (2/5, 3/5), by the 2×2 formula)', () => {
    const s = lpSolve(
      zeroSum([
        [2, -1],
        [-1, 1],
      ]),
    );
    expect(s.value!.map(String)).toEqual(['1/5', '-1/5']);
    expect(s.equilibria[0]!.profile.flat().map(String)).toEqual(['2/5', '3/5', '2/5', '3/5']);
  });

  it('accepts constant-sum games that are not zero-sum (payoffs summing to 10)', () => {
    const g = bimatrixGame(
      [
        [7, 3],
        [4, 6],
      ],
      [
        [3, 7],
        [6, 4],
      ],
    );
    expect(isConstantSum(g)).toBe(true);
    expect(lpSolve(g).value!.map(String)).toEqual(['5', '5']);
  });

  it('refuses other games with Gambit’s message', () => {
    const bos = bimatrixGame(
      [
        [2, 0],
        [0, 1],
      ],
      [
        [1, 0],
        [0, 2],
      ],
    );
    expect(() => lpSolve(bos)).toThrow(EngineError);
    expect(() => lpSolve(bos)).toThrow('Method only valid for constant-sum games.');
  });

  it('finds the value every equilibrium of a random zero-sum game pays (von Neumann 1928)', () => {
    const game = fc
      .tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 16, maxLength: 16 }),
      )
      .map(([m, n, values]) =>
        tabulateGame([m, n], ([i, j]) => [values[i! * 4 + j!]!, -values[i! * 4 + j!]!]),
      );
    fc.assert(
      fc.property(game, (g) => {
        const s = lpSolve(g);
        expect(s.equilibria[0]!.regret.isZero()).toBe(true);
        for (const eq of extremeEquilibriaBySupports(g)) {
          expect(expectedPayoffs(g, eq).map(String)).toEqual(s.value!.map(String));
        }
      }),
      { numRuns: 200, seed: 1928 },
    );
  });
});
