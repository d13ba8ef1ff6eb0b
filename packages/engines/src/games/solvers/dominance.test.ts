import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bimatrixGame } from '../strategicGame.ts';
import { profileKey } from '../mixedProfile.ts';
import { bimatrixArbitrary } from '../testing/arbitraries.ts';
import { eliminateDominated } from './dominance.ts';
import { enumMixed } from './enummixed.ts';

describe('eliminateDominated', () => {
  it("removes Cooperate for both players in the Prisoner's Dilemma (pure dominance)", () => {
    const res = eliminateDominated(
      bimatrixGame(
        [
          [3, 0],
          [5, 1],
        ],
        [
          [3, 5],
          [0, 1],
        ],
        { rows: ['C', 'D'], cols: ['C', 'D'] },
      ),
    );
    expect(res.game.strategies).toEqual([['D'], ['D']]);
    expect(res.steps.map((s) => [s.player, s.strategy, s.by.map(String)])).toEqual([
      [0, 0, ['0', '1']],
      [1, 0, ['0', '1']],
    ]);
  });

  it('removes a row dominated only by a mixture: (1, 1) is beaten by ½(3, 0) + ½(0, 3), though by neither pure row (the standard textbook example)', () => {
    const g = bimatrixGame(
      [
        [3, 0],
        [1, 1],
        [0, 3],
      ],
      [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
    );
    expect(eliminateDominated(g, { mixed: false }).kept).toEqual([
      [0, 1, 2],
      [0, 1],
    ]);
    const res = eliminateDominated(g);
    expect(res.kept).toEqual([
      [0, 2],
      [0, 1],
    ]);
    const by = res.steps[0]!.by;
    expect(by[1]!.isZero()).toBe(true);
    // The dominating mixture beats (1, 1) against both columns.
    expect(by[0]!.mul(res.game.payoffs[0]![0]!).gt(g.payoffs[0]![1]!)).toBe(true);
  });

  it('iterates: an elimination for one player can make another strategy dominated', () => {
    // Row B is dominated by T; only then is column R dominated by L.
    const g = bimatrixGame(
      [
        [2, 1],
        [0, 0],
      ],
      [
        [1, 0],
        [0, 3],
      ],
      { rows: ['T', 'B'], cols: ['L', 'R'] },
    );
    const res = eliminateDominated(g);
    expect(res.game.strategies).toEqual([['T'], ['L']]);
  });

  it('keeps exactly the equilibria of the original game (strict dominance removes no equilibrium)', () => {
    fc.assert(
      fc.property(bimatrixArbitrary(4, 5), (game) => {
        const res = eliminateDominated(game);
        const lift = (p: ReturnType<typeof enumMixed>['equilibria'][number]['profile']) =>
          game.strategies.map((s, i) =>
            s.map((_, k) => {
              const at = res.kept[i]!.indexOf(k);
              return at < 0 ? '0' : p[i]![at]!.toString();
            }),
          );
        const before = enumMixed(game)
          .equilibria.map((e) => profileKey(e.profile))
          .sort();
        const after = enumMixed(res.game)
          .equilibria.map((e) =>
            lift(e.profile)
              .map((p) => p.join(','))
              .join(';'),
          )
          .sort();
        expect(after).toEqual(before);
      }),
      { numRuns: 150, seed: 346 },
    );
  });
});
