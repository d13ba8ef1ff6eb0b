/**
 * All pure-strategy Nash equilibria of an n-player game (Gambit's `enumpure`).
 *
 * A pure profile s is an equilibrium iff for every player i, u_i(s) ≥ u_i(t, s_-i) for every
 * strategy t (weak best replies; Nash 1951). For each player and each profile of the others the
 * best payoff is found once, so the cost is one pass over the table per player:
 * O(n · Π|S_j|) comparisons, on integers rescaled per player (exact).
 *
 * Guarantee: complete and exact.
 */
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import { scaledPayoffs } from '../integerPayoffs.ts';
import { pureAsMixed } from '../mixedProfile.ts';
import { emptySolution, makeEquilibrium, type GameSolution, type SolveHooks } from '../solution.ts';
import { profileCount, pureProfile, strides, type StrategicGame } from '../strategicGame.ts';

/** Indices of the pure profiles that are Nash equilibria, in increasing order. */
export function pureEquilibriumIndices(game: StrategicGame, hooks: SolveHooks = {}): number[] {
  const total = profileCount(game);
  const n = game.players.length;
  const bestCount = new Uint8Array(total);
  const st = strides(game);
  for (let i = 0; i < n; i++) {
    throwIfAborted(hooks.signal);
    hooks.onProgress?.({ phase: 'best replies', done: i, total: n });
    markBestReplies(
      scaledPayoffs(game.payoffs[i]!).values,
      st[i]!,
      game.strategies[i]!.length,
      total,
      bestCount,
    );
  }
  const result: number[] = [];
  for (let p = 0; p < total; p++) if (bestCount[p] === n) result.push(p);
  return result;
}

/** Adds 1 to bestCount[p] for every profile p where the player's strategy is a best reply. */
function markBestReplies(
  u: Float64Array | bigint[],
  stride: number,
  count: number,
  total: number,
  bestCount: Uint8Array,
): void {
  const block = stride * count;
  for (let hi = 0; hi < total; hi += block) {
    for (let lo = 0; lo < stride; lo++) {
      const base = hi + lo;
      let best = u[base]!;
      for (let s = 1; s < count; s++) {
        const v = u[base + s * stride]!;
        if (v > best) best = v;
      }
      for (let s = 0; s < count; s++)
        if (u[base + s * stride] === best) bestCount[base + s * stride]!++;
    }
  }
}

/** All pure Nash equilibria, in profile order (player 1's strategy varying fastest). */
export function enumPure(game: StrategicGame, hooks: SolveHooks = {}): GameSolution {
  const solution = emptySolution(game, 'enumpure', true);
  for (const p of pureEquilibriumIndices(game, hooks)) {
    solution.equilibria.push(makeEquilibrium(game, pureAsMixed(game, pureProfile(game, p))));
  }
  return solution;
}
