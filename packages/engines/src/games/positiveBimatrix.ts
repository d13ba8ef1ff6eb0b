/**
 * The payoff matrices of a two-player game as positive integers: each player's payoffs are
 * multiplied by the common denominator and shifted so the smallest is 1. A positive affine map
 * of one player's payoffs leaves every equilibrium unchanged, and positive matrices make both
 * best-response polytopes bounded (von Stengel 2002, §2.2; Gambit maps payoffs into (0, 1] for
 * the same reason, research/gambit.md §5.3).
 */
import { scaledPayoffs } from './integerPayoffs.ts';
import { payoffMatrices, type StrategicGame } from './strategicGame.ts';

export interface PositiveBimatrix {
  m: number;
  n: number;
  /** a[i][j]: row player's payoff, ≥ 1. */
  a: bigint[][];
  /** b[i][j]: column player's payoff, ≥ 1. */
  b: bigint[][];
}

export function positiveBimatrix(game: StrategicGame): PositiveBimatrix {
  payoffMatrices(game); // throws unless two players
  const m = game.strategies[0]!.length;
  const n = game.strategies[1]!.length;
  const shift = (player: number): bigint[][] => {
    const { values } = scaledPayoffs(game.payoffs[player]!);
    const big = Array.from(values as ArrayLike<number | bigint>, (v) => BigInt(v));
    const min = big.reduce((a, v) => (v < a ? v : a), big[0]!);
    return Array.from({ length: m }, (_, i) =>
      Array.from({ length: n }, (_, j) => big[i + m * j]! - min + 1n),
    );
  };
  return { m, n, a: shift(0), b: shift(1) };
}

/** The transpose of an integer matrix. */
export const transpose = (x: readonly (readonly bigint[])[]): bigint[][] =>
  x[0] === undefined ? [] : x[0].map((_, j) => x.map((row) => row[j]!));
