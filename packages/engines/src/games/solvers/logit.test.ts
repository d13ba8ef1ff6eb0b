import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bimatrixGame, tabulateGame, type StrategicGame } from '../strategicGame.ts';
import { strategyValuesFloat, toFloatGame } from '../floatGame.ts';
import { gameArbitrary } from '../testing/arbitraries.ts';
import { logitSolve } from './logit.ts';

/** Largest violation of σ_ij ∝ exp(λ u_ij) along the traced branch. */
function qreResidual(
  game: StrategicGame,
  branch: NonNullable<ReturnType<typeof logitSolve>['branch']>,
): number {
  const fg = toFloatGame(game);
  let worst = 0;
  for (const { lambda, profile } of branch) {
    const sigma = Float64Array.from(profile.flat());
    const u = strategyValuesFloat(fg, sigma);
    fg.counts.forEach((c, i) => {
      const o = fg.offsets[i]!;
      for (let j = 1; j < c; j++) {
        if (sigma[o + j]! < 1e-300 || sigma[o]! < 1e-300) continue;
        const lhs = Math.log(sigma[o + j]!) - Math.log(sigma[o]!);
        worst = Math.max(worst, Math.abs(lhs - lambda * (u[o + j]! - u[o]!)) / (1 + Math.abs(lhs)));
      }
    });
  }
  return worst;
}

describe('logitSolve', () => {
  // Ochs's (1995) asymmetric matching pennies, whose data McKelvey & Palfrey (1995) fit with
  // logit QRE: the Nash equilibrium is (1/2, 1/2), (1/10, 9/10) (row indifference 9y = 1 − y,
  // column indifference x = 1 − x), and the branch converges to it (also Gambit's 2x2a.nfg).
  const ASYMMETRIC_PENNIES = bimatrixGame(
    [
      [9, 0],
      [0, 1],
    ],
    [
      [0, 1],
      [1, 0],
    ],
  );

  it('traces the branch from the centroid at λ = 0 to the Nash equilibrium of asymmetric matching pennies', () => {
    const s = logitSolve(ASYMMETRIC_PENNIES);
    expect(s.branch![0]).toEqual({
      lambda: 0,
      profile: [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
    });
    expect(s.equilibria[0]!.profile.flat().map(String)).toEqual(['1/2', '1/2', '1/10', '9/10']);
    expect(s.equilibria[0]!.regret.isZero()).toBe(true);
  });

  it('stays on the QRE correspondence: every traced point satisfies σ_ij ∝ exp(λ u_ij)', () => {
    const s = logitSolve(ASYMMETRIC_PENNIES);
    expect(qreResidual(ASYMMETRIC_PENNIES, s.branch!)).toBeLessThan(1e-8);
  });

  it("matches the closed form σ(D) = 1/(1 + e^{-2λ}) in a Prisoner's Dilemma where D gains 2 against anything", () => {
    const pd = bimatrixGame(
      [
        [3, 1],
        [5, 3],
      ],
      [
        [3, 5],
        [1, 3],
      ],
    );
    const s = logitSolve(pd);
    for (const { lambda, profile } of s.branch!) {
      expect(profile[0]![1]!).toBeCloseTo(1 / (1 + Math.exp(-2 * lambda)), 9);
    }
    expect(s.equilibria[0]!.profile.flat().map(String)).toEqual(['0', '1', '0', '1']);
  });

  it('follows λ back down through a turning point', () => {
    // A coordination game with a tempting but risky equilibrium; the principal branch ends at
    // a pure equilibrium. Non-monotone λ along the path is allowed and traced.
    const g = bimatrixGame(
      [
        [10, 0],
        [9, 9],
      ],
      [
        [10, 9],
        [0, 9],
      ],
    );
    const s = logitSolve(g);
    expect(s.equilibria[0]!.regret.isZero()).toBe(true);
    expect(qreResidual(g, s.branch!)).toBeLessThan(1e-8);
  });

  it('reaches an equilibrium of 3-player games, with its exact regret reported', () => {
    fc.assert(
      fc.property(gameArbitrary(fc.constant([2, 2, 2]), 9), (game) => {
        const s = logitSolve(game);
        expect(s.equilibria[0]!.regret.toNumber()).toBeLessThan(1e-6 * 9);
      }),
      { numRuns: 15, seed: 1995 },
    );
  });

  it('can be cancelled', () => {
    const controller = new AbortController();
    controller.abort();
    const g = tabulateGame([3, 3], ([i, j]) => [i! * j!, i! + j!]);
    expect(() => logitSolve(g, {}, { signal: controller.signal })).toThrow(/cancelled|abort/i);
  });
});
