/**
 * Mixed strategy profiles and their payoffs, exactly.
 *
 * For a profile σ, player i's payoff from pure strategy s is
 *   u_i(s, σ_-i) = Σ_{s_-i} Π_{j≠i} σ_j(s_j) · u_i(s, s_-i),
 * the expected payoff is u_i(σ) = Σ_s σ_i(s) · u_i(s, σ_-i), and the regret of player i is
 * max_s u_i(s, σ_-i) − u_i(σ). σ is a Nash equilibrium iff every regret is 0 (Nash 1951).
 */
import { Rational } from '../shared/rational.ts';
import { strides, type StrategicGame } from './strategicGame.ts';

/** profile[i][s] = probability that player i plays strategy s. */
export type MixedProfile = Rational[][];

/** The pure profile as a mixed one (probability 1 on each listed strategy). */
export function pureAsMixed(game: StrategicGame, pure: readonly number[]): MixedProfile {
  return game.strategies.map((s, i) =>
    s.map((_, k) => (k === pure[i] ? Rational.ONE : Rational.ZERO)),
  );
}

/** The uniform profile (each player mixes all strategies equally). */
export function centroid(game: StrategicGame): MixedProfile {
  return game.strategies.map((s) => s.map(() => Rational.of(1, s.length)));
}

/** Payoff to `player` of each of its pure strategies against the others' mixed strategies. */
export function strategyValues(
  game: StrategicGame,
  profile: MixedProfile,
  player: number,
): Rational[] {
  const st = strides(game);
  const others = game.strategies.map((_, j) => j).filter((j) => j !== player);
  // The others' supports: only profiles with positive probability contribute.
  const supports = others.map((j) =>
    profile[j]!.map((p, k) => (p.isZero() ? -1 : k)).filter((k) => k >= 0),
  );
  const payoff = game.payoffs[player]!;
  const values = game.strategies[player]!.map(() => Rational.ZERO);
  const digit = new Array<number>(others.length).fill(0);
  if (supports.some((s) => s.length === 0)) return values;
  for (;;) {
    let base = 0;
    let weight = Rational.ONE;
    for (let t = 0; t < others.length; t++) {
      const j = others[t]!;
      const k = supports[t]![digit[t]!]!;
      base += k * st[j]!;
      weight = weight.mul(profile[j]![k]!);
    }
    for (let s = 0; s < values.length; s++) {
      values[s] = values[s]!.add(weight.mul(payoff[base + s * st[player]!]!));
    }
    let t = 0;
    while (t < others.length && ++digit[t]! === supports[t]!.length) digit[t++] = 0;
    if (t === others.length) break;
  }
  return values;
}

/** Expected payoff of every player. */
export function expectedPayoffs(game: StrategicGame, profile: MixedProfile): Rational[] {
  return game.players.map((_, i) => {
    const values = strategyValues(game, profile, i);
    return Rational.sum(values.map((v, s) => v.mul(profile[i]![s]!)));
  });
}

/** Each player's regret: best pure payoff against the others minus the expected payoff. */
export function regrets(game: StrategicGame, profile: MixedProfile): Rational[] {
  return game.players.map((_, i) => {
    const values = strategyValues(game, profile, i);
    const expected = Rational.sum(values.map((v, s) => v.mul(profile[i]![s]!)));
    return values.reduce((m, v) => Rational.max(m, v), values[0]!).sub(expected);
  });
}

/** The largest regret over players: 0 exactly at a Nash equilibrium. */
export function maxRegret(game: StrategicGame, profile: MixedProfile): Rational {
  return regrets(game, profile).reduce((m, v) => Rational.max(m, v), Rational.ZERO);
}

/** True when the profile is a probability distribution for every player. */
export function isMixedProfile(game: StrategicGame, profile: MixedProfile): boolean {
  return game.strategies.every((s, i) => {
    const p = profile[i];
    return (
      p !== undefined &&
      p.length === s.length &&
      p.every((x) => x.sign() >= 0) &&
      Rational.sum(p).eq(Rational.ONE)
    );
  });
}

/** A stable text key for de-duplicating profiles. */
export const profileKey = (profile: MixedProfile): string =>
  profile.map((p) => p.map((x) => x.toString()).join(',')).join(';');

/** Lexicographic order on profiles, larger probabilities on earlier strategies first. */
export function compareProfiles(a: MixedProfile, b: MixedProfile): number {
  for (let i = 0; i < a.length; i++) {
    for (let s = 0; s < a[i]!.length; s++) {
      const c = b[i]![s]!.cmp(a[i]![s]!);
      if (c !== 0) return c;
    }
  }
  return 0;
}
