import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bimatrixGame, tabulateGame } from '../strategicGame.ts';
import { pureEquilibriaNaive } from '../reference/enumPureNaive.ts';
import { gameArbitrary } from '../testing/arbitraries.ts';
import { enumPure, pureEquilibriumIndices } from './enumpure.ts';

const lines = (s: ReturnType<typeof enumPure>) =>
  s.equilibria.map((e) => e.profile.flat().join(','));

describe('enumPure', () => {
  it("finds (Defect, Defect) as the only equilibrium of the Prisoner's Dilemma", () => {
    const pd = bimatrixGame(
      [
        [3, 0],
        [5, 1],
      ],
      [
        [3, 5],
        [0, 1],
      ],
    );
    expect(lines(enumPure(pd))).toEqual(['0,1,0,1']);
    expect(enumPure(pd).equilibria[0]!.payoffs.map(String)).toEqual(['1', '1']);
  });

  it('finds both pure equilibria of the Battle of the Sexes and none in Matching Pennies', () => {
    expect(
      lines(
        enumPure(
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
        ),
      ),
    ).toEqual(['1,0,1,0', '0,1,0,1']);
    expect(
      lines(
        enumPure(
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
        ),
      ),
    ).toEqual([]);
  });

  it('counts ties as best replies (weak inequality, as Gambit does)', () => {
    expect(enumPure(bimatrixGame([[1, 1]], [[0, 0]])).equilibria).toHaveLength(2);
  });

  it('solves n-player games: the 3-player unanimity coordination game has 2 pure equilibria', () => {
    const g = tabulateGame([2, 2, 2], (s) => (s.every((x) => x === s[0]) ? [1, 1, 1] : [0, 0, 0]));
    expect(lines(enumPure(g))).toEqual(['1,0,1,0,1,0', '0,1,0,1,0,1']);
  });

  it('compares exactly: 0.3 and 3/10 tie (as doubles 0.1 + 0.2 would not equal 0.3)', () => {
    const g = bimatrixGame([['0.3'], ['3/10'], ['0.29999999999999999']], [[0], [0], [0]]);
    expect(lines(enumPure(g))).toEqual(['1,0,0,1', '0,1,0,1']);
  });

  it('agrees with the definition checked deviation by deviation, on random n-player games', () => {
    const counts = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(gameArbitrary(counts, 2), (game) => {
        expect(pureEquilibriumIndices(game)).toEqual(pureEquilibriaNaive(game));
      }),
      { numRuns: 300, seed: 1951 },
    );
  });

  it('handles a 6-player 5-strategy table (15,625 profiles)', () => {
    let k = 0;
    const g = tabulateGame([5, 5, 5, 5, 5, 5], () =>
      Array.from({ length: 6 }, () => (k = (k * 7919 + 13) % 101)),
    );
    expect(pureEquilibriumIndices(g)).toEqual(pureEquilibriaNaive(g));
  });
});
