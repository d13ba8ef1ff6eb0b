/**
 * A finite game in strategic (normal) form with exact payoffs.
 *
 * Pure profiles are numbered the way Gambit's `.nfg` files list them, player 1's strategy varying
 * fastest: profile = s_1 + n_1·(s_2 + n_2·(s_3 + …)), strategies 0-based. `payoffs[i][profile]`
 * is player i's payoff.
 */
import { EngineError } from '../shared/engineError.ts';
import { Rational } from '../shared/rational.ts';

export interface StrategicGame {
  title: string;
  players: string[];
  /** strategies[i] = labels of player i's pure strategies. */
  strategies: string[][];
  /** payoffs[i][profile], exact. */
  payoffs: Rational[][];
}

/** A payoff written in tests and code: an integer, a decimal/fraction string, or a Rational. */
export type PayoffInput = number | bigint | string | Rational;

/** Converts a payoff input exactly (`'0.1'` is 1/10; numbers must be integers or exact decimals). */
export function toRational(x: PayoffInput): Rational {
  if (x instanceof Rational) return x;
  if (typeof x === 'bigint') return Rational.of(x);
  const text = typeof x === 'number' ? String(x) : x;
  const parsed = Rational.parse(text);
  if (!parsed) throw new EngineError('games/bad-payoff', `not an exact number: ${text}`);
  return parsed;
}

/** Number of pure profiles. */
export const profileCount = (game: StrategicGame): number =>
  game.strategies.reduce((a, s) => a * s.length, 1);

/** stride[i] = how far the profile index moves when player i's strategy increases by one. */
export function strides(game: StrategicGame): number[] {
  const out: number[] = [];
  let stride = 1;
  for (const s of game.strategies) {
    out.push(stride);
    stride *= s.length;
  }
  return out;
}

/** The profile index of a list of 0-based strategies. */
export function profileIndex(game: StrategicGame, pure: readonly number[]): number {
  const st = strides(game);
  return pure.reduce((acc, s, i) => acc + s * st[i]!, 0);
}

/** The 0-based strategies of a profile index. */
export function pureProfile(game: StrategicGame, index: number): number[] {
  return game.strategies.map((s) => {
    const k = index % s.length;
    index = Math.floor(index / s.length);
    return k;
  });
}

/** Checks dimensions; throws an EngineError (a programmer error) when they do not match. */
export function checkGame(game: StrategicGame): StrategicGame {
  const n = game.players.length;
  if (n === 0) throw new EngineError('games/no-players', 'a game needs at least one player');
  if (game.strategies.length !== n || game.payoffs.length !== n) {
    throw new EngineError('games/shape', 'players, strategies and payoffs differ in length');
  }
  if (game.strategies.some((s) => s.length === 0)) {
    throw new EngineError('games/shape', 'every player needs at least one strategy');
  }
  const profiles = profileCount(game);
  if (game.payoffs.some((p) => p.length !== profiles)) {
    throw new EngineError('games/shape', `every player needs ${profiles} payoffs`);
  }
  return game;
}

/**
 * A two-player game from its payoff matrices: `a[i][j]` and `b[i][j]` are the row and column
 * player's payoffs when row i meets column j. Labels default to `1, 2, …`.
 */
export function bimatrixGame(
  a: readonly (readonly PayoffInput[])[],
  b: readonly (readonly PayoffInput[])[],
  labels: { title?: string; players?: string[]; rows?: string[]; cols?: string[] } = {},
): StrategicGame {
  const m = a.length;
  const n = a[0]?.length ?? 0;
  if (b.length !== m || a.some((row) => row.length !== n) || b.some((row) => row.length !== n)) {
    throw new EngineError('games/shape', 'payoff matrices must both be m×n');
  }
  const pa: Rational[] = [];
  const pb: Rational[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < m; i++) {
      pa.push(toRational(a[i]![j]!));
      pb.push(toRational(b[i]![j]!));
    }
  }
  const count = (k: number) => Array.from({ length: k }, (_, i) => String(i + 1));
  return checkGame({
    title: labels.title ?? '',
    players: labels.players ?? ['1', '2'],
    strategies: [labels.rows ?? count(m), labels.cols ?? count(n)],
    payoffs: [pa, pb],
  });
}

/**
 * An n-player game from a payoff function of the pure profile (used by tests and generators).
 */
export function tabulateGame(
  counts: readonly number[],
  payoff: (pure: number[]) => readonly PayoffInput[],
  title = '',
): StrategicGame {
  const game: StrategicGame = {
    title,
    players: counts.map((_, i) => String(i + 1)),
    strategies: counts.map((n) => Array.from({ length: n }, (_, k) => String(k + 1))),
    payoffs: counts.map(() => []),
  };
  const total = profileCount(game);
  for (let p = 0; p < total; p++) {
    const values = payoff(pureProfile(game, p));
    values.forEach((v, i) => game.payoffs[i]!.push(toRational(v)));
  }
  return checkGame(game);
}

/** Row-player and column-player payoff matrices of a two-player game. */
export function payoffMatrices(game: StrategicGame): { a: Rational[][]; b: Rational[][] } {
  if (game.players.length !== 2) {
    throw new EngineError('games/not-two-player', 'Method only valid for two-player games.');
  }
  const m = game.strategies[0]!.length;
  const n = game.strategies[1]!.length;
  const a: Rational[][] = [];
  const b: Rational[][] = [];
  for (let i = 0; i < m; i++) {
    a.push([]);
    b.push([]);
    for (let j = 0; j < n; j++) {
      a[i]!.push(game.payoffs[0]![i + m * j]!);
      b[i]!.push(game.payoffs[1]![i + m * j]!);
    }
  }
  return { a, b };
}
