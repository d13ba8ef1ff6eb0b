/**
 * Two-player constant-sum games by linear programming, exactly (Gambit's `lp`).
 *
 * If u_1 + u_2 is the same for every profile, the game is strictly competitive and its
 * equilibria are the pairs of optimal (maximin) strategies; the value is unique (von Neumann
 * 1928). With the row player's payoffs made positive (A' = A·s + t ≥ 1), player 2's optimal
 * strategy comes from  max 1·y  s.t.  A'y ≤ 1, y ≥ 0  and player 1's from its dual
 * min 1·u  s.t.  A'ᵀu ≥ 1, u ≥ 0: with V = 1·y* = 1·u*, q = y* / V, p = u* / V and the value of A'
 * is 1/V (Dantzig 1951).
 *
 * Guarantee: exact value and one pair of optimal strategies (a vertex of the optimal sets, which
 * may be larger in degenerate games). Refuses games that are not constant-sum, as Gambit does.
 */
import { EngineError } from '../../shared/engineError.ts';
import { Rational } from '../../shared/rational.ts';
import { maximizeOverBox } from '../linear/maximizeOverBox.ts';
import { positiveBimatrix } from '../positiveBimatrix.ts';
import { emptySolution, makeEquilibrium, type GameSolution, type SolveHooks } from '../solution.ts';
import type { StrategicGame } from '../strategicGame.ts';

/** True when the two players' payoffs sum to the same number in every profile. */
export function isConstantSum(game: StrategicGame): boolean {
  if (game.players.length !== 2) return false;
  const [u, v] = game.payoffs as [Rational[], Rational[]];
  const total = u[0]!.add(v[0]!);
  return u.every((x, p) => x.add(v[p]!).eq(total));
}

export function lpSolve(game: StrategicGame, hooks: SolveHooks = {}): GameSolution {
  const bm = positiveBimatrix(game);
  if (!isConstantSum(game)) {
    throw new EngineError('games/not-constant-sum', 'Method only valid for constant-sum games.');
  }
  const solution = emptySolution(game, 'lp', true);
  const lp = maximizeOverBox(
    bm.a,
    bm.a[0]!.map(() => 1n),
    hooks.signal,
  );
  const p = lp.dual.map((u) => u.div(lp.value));
  const q = lp.primal.map((y) => y.div(lp.value));
  const eq = makeEquilibrium(game, [p, q]);
  if (!eq.regret.isZero()) throw new EngineError('games/internal', 'lp produced a non-equilibrium');
  solution.equilibria.push(eq);
  solution.value = eq.payoffs;
  return solution;
}
