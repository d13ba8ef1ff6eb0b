import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bimatrixGame, tabulateGame } from '../strategicGame.ts';
import { gameArbitrary } from '../testing/arbitraries.ts';
import { simpdivSolve } from './simpdiv.ts';

describe('simpdivSolve', () => {
  it('finds the mixed equilibrium of asymmetric matching pennies and snaps it to the exact one', () => {
    const s = simpdivSolve(
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
    expect(s.equilibria[0]!.profile.flat().map(String)).toEqual(['1/2', '1/2', '1/10', '9/10']);
    expect(s.equilibria[0]!.regret.isZero()).toBe(true);
  });

  it('lands exactly on a dyadic equilibrium with the grid itself (here (1/4, 3/4) twice, on mesh 1/4)', () => {
    const s = simpdivSolve(
      bimatrixGame(
        [
          [3, 0],
          [0, 1],
        ],
        [
          [0, 3],
          [1, 0],
        ],
      ),
    );
    expect(s.equilibria[0]!.profile.flat().map(String)).toEqual(['1/4', '3/4', '1/4', '3/4']);
    expect(s.warnings.join(' ')).toMatch(/grid point on mesh 1\/4/);
  });

  it('stops at once when the starting profile (everyone’s first strategy) is an equilibrium', () => {
    const s = simpdivSolve(
      bimatrixGame(
        [
          [1, 0],
          [0, 0],
        ],
        [
          [1, 0],
          [0, 0],
        ],
      ),
    );
    expect(s.equilibria[0]!.profile.flat().map(String)).toEqual(['1', '0', '1', '0']);
  });

  it('solves a 3-player game whose only equilibrium is mixed (regret below the tolerance)', () => {
    // Jordan's (1993) three-player matching pennies: 1 wants to match 2, 2 to match 3, 3 to
    // mismatch 1; the unique equilibrium has everyone mixing 1/2–1/2.
    const g = tabulateGame([2, 2, 2], ([a, b, c]) => [
      a === b ? 1 : -1,
      b === c ? 1 : -1,
      c === a ? -1 : 1,
    ]);
    const s = simpdivSolve(g);
    expect(s.equilibria[0]!.profile.flat().map(String)).toEqual(Array(6).fill('1/2'));
  });

  it('reaches regret ≤ 1e-7 × payoff range on random games with up to 4 players', () => {
    const counts = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(gameArbitrary(counts, 20), (game) => {
        const s = simpdivSolve(game);
        expect(s.equilibria[0]!.regret.toNumber()).toBeLessThanOrEqual(1e-7 * 20);
      }),
      { numRuns: 60, seed: 1987 },
    );
  });
});
