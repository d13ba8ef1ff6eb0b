/**
 * fast-check generators of games for the property tests. Small integer payoffs make degenerate
 * games (ties, duplicated strategies, continua of equilibria) common, which is the point.
 */
import fc from 'fast-check';
import { createRng } from '../../shared/rng.ts';
import { tabulateGame, type StrategicGame } from '../strategicGame.ts';

/** A game with the given strategy counts and integer payoffs in [0, maxPayoff]. */
export function gameArbitrary(
  counts: fc.Arbitrary<number[]>,
  maxPayoff: number,
): fc.Arbitrary<StrategicGame> {
  return counts.chain((c) => {
    const profiles = c.reduce((a, b) => a * b, 1);
    const table = fc.array(fc.integer({ min: 0, max: maxPayoff }), {
      minLength: profiles,
      maxLength: profiles,
    });
    return fc.array(table, { minLength: c.length, maxLength: c.length }).map((payoffs) => {
      let next = 0; // tabulateGame visits the profiles in index order
      return tabulateGame(c, () => {
        const p = next++;
        return payoffs.map((u) => u[p]!);
      });
    });
  });
}

/** Two-player games with 1–maxSize strategies each. */
export const bimatrixArbitrary = (maxSize: number, maxPayoff: number) =>
  gameArbitrary(
    fc
      .tuple(fc.integer({ min: 1, max: maxSize }), fc.integer({ min: 1, max: maxSize }))
      .map(([m, n]) => [m, n]),
    maxPayoff,
  );

/** A seeded random game with integer payoffs uniform in [0, maxPayoff] (benchmarks). */
export function randomGame(counts: number[], seed: number, maxPayoff = 99): StrategicGame {
  const rng = createRng(seed);
  return tabulateGame(counts, () => counts.map(() => Math.floor(rng.next() * (maxPayoff + 1))));
}
