/**
 * Naive reference for enumpure: every pure profile is checked against every unilateral
 * deviation, straight from the definition of a Nash equilibrium (Nash 1951), in exact
 * arithmetic. Cost O(Π|S_j| · Σ|S_j|).
 */
import { profileCount, pureProfile, profileIndex, type StrategicGame } from '../strategicGame.ts';

export function pureEquilibriaNaive(game: StrategicGame): number[] {
  const result: number[] = [];
  for (let p = 0; p < profileCount(game); p++) {
    const pure = pureProfile(game, p);
    const stable = game.players.every((_, i) =>
      game.strategies[i]!.every((_, t) => {
        const deviation = pure.slice();
        deviation[i] = t;
        return game.payoffs[i]![profileIndex(game, deviation)]!.le(game.payoffs[i]![p]!);
      }),
    );
    if (stable) result.push(p);
  }
  return result;
}
