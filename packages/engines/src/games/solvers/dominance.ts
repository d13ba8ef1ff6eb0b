/**
 * Iterated elimination of strictly dominated strategies, by pure strategies or also by mixed
 * strategies (exact).
 *
 * s_i is strictly dominated by σ_i if u_i(σ_i, s_-i) > u_i(s_i, s_-i) for every remaining
 * profile s_-i of the others. For mixed dominance, with payoffs shifted positive (U ≥ 1), s_i is
 * dominated iff  min { 1·p : Σ_t p_t U(t, o) ≥ U(s_i, o) ∀o, p ≥ 0 } < 1  (scaling such a p up to
 * a distribution gives a strict improvement because U > 0); its dual
 * max { Σ_o U(s_i, o) q_o : Σ_o U(t, o) q_o ≤ 1 ∀t, q ≥ 0 } starts feasible at q = 0 and is
 * solved exactly (linear/maximizeOverBox.ts); the dual of the dual is the dominating mixture.
 * (Pearce 1984; Fudenberg & Tirole 1991 §2.1; Gambit's `undominated_strategies_solve`.)
 * Strict dominance is order independent, so the result does not depend on elimination order.
 */
import { Rational } from '../../shared/rational.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import { maximizeOverBox } from '../linear/maximizeOverBox.ts';
import { scaledPayoffs } from '../integerPayoffs.ts';
import type { SolveHooks } from '../solution.ts';
import { checkGame, strides, type StrategicGame } from '../strategicGame.ts';

export interface DominanceStep {
  player: number;
  /** The eliminated strategy (index in the original game). */
  strategy: number;
  /** The dominating mixture over the original strategies of the player (pure: one 1). */
  by: Rational[];
}

export interface DominanceResult {
  /** The game restricted to the surviving strategies. */
  game: StrategicGame;
  /** kept[i] = original indices of player i's surviving strategies. */
  kept: number[][];
  steps: DominanceStep[];
}

export interface DominanceOptions {
  /** Also eliminate strategies dominated only by mixed strategies (default true). */
  mixed?: boolean;
}

/** Player i's payoffs U(t, o) as positive integers, for strategies t and others' profiles o. */
function payoffRows(
  game: StrategicGame,
  kept: number[][],
  i: number,
): { rows: bigint[][]; byStrategy: Map<number, number> } {
  const values = Array.from(
    scaledPayoffs(game.payoffs[i]!).values as ArrayLike<number | bigint>,
    (v) => BigInt(v),
  );
  const min = values.reduce((a, v) => (v < a ? v : a), values[0]!);
  const st = strides(game);
  const others: number[] = [0];
  kept.forEach((list, j) => {
    if (j === i) return;
    const next: number[] = [];
    for (const base of others) for (const s of list) next.push(base + s * st[j]!);
    others.splice(0, others.length, ...next);
  });
  const byStrategy = new Map<number, number>();
  const rows = kept[i]!.map((t, k) => {
    byStrategy.set(t, k);
    return others.map((o) => values[o + t * st[i]!]! - min + 1n);
  });
  return { rows, byStrategy };
}

/** A strategy that strictly dominates `s` (as a mixture over the player's strategies), if any. */
function dominator(
  game: StrategicGame,
  kept: number[][],
  i: number,
  s: number,
  mixed: boolean,
  signal?: AbortSignal,
): Rational[] | undefined {
  const { rows, byStrategy } = payoffRows(game, kept, i);
  const target = rows[byStrategy.get(s)!]!;
  const count = game.strategies[i]!.length;
  for (const t of kept[i]!) {
    if (t === s) continue;
    const row = rows[byStrategy.get(t)!]!;
    if (row.every((v, o) => v > target[o]!))
      return Array.from({ length: count }, (_, k) => (k === t ? Rational.ONE : Rational.ZERO));
  }
  if (!mixed) return undefined;
  const candidates = kept[i]!.filter((t) => t !== s);
  if (candidates.length < 2) return undefined;
  const lp = maximizeOverBox(
    candidates.map((t) => rows[byStrategy.get(t)!]!),
    target,
    signal,
  );
  if (lp.value.ge(Rational.ONE)) return undefined;
  const total = Rational.sum(lp.dual);
  const by = new Array<Rational>(count).fill(Rational.ZERO);
  candidates.forEach((t, k) => (by[t] = lp.dual[k]!.div(total)));
  return by;
}

/** Iterated elimination of strictly dominated strategies until none is left. */
export function eliminateDominated(
  game: StrategicGame,
  options: DominanceOptions = {},
  hooks: SolveHooks = {},
): DominanceResult {
  const mixed = options.mixed ?? true;
  const kept = game.strategies.map((s) => s.map((_, k) => k));
  const steps: DominanceStep[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < kept.length; i++) {
      for (const s of [...kept[i]!]) {
        throwIfAborted(hooks.signal);
        if (kept[i]!.length === 1) break;
        const by = dominator(game, kept, i, s, mixed, hooks.signal);
        if (by === undefined) continue;
        kept[i] = kept[i]!.filter((t) => t !== s);
        steps.push({ player: i, strategy: s, by });
        hooks.onProgress?.({ phase: 'eliminated strategies', done: steps.length });
        changed = true;
      }
    }
  }
  return { game: restrictGame(game, kept), kept, steps };
}

/** The game with only the listed strategies (original indices) of each player. */
export function restrictGame(game: StrategicGame, kept: number[][]): StrategicGame {
  const st = strides(game);
  const profiles: number[] = [0];
  kept.forEach((list, j) => {
    const next: number[] = [];
    for (const s of list) for (const base of profiles) next.push(base + s * st[j]!);
    profiles.splice(0, profiles.length, ...next);
  });
  return checkGame({
    title: game.title,
    players: [...game.players],
    strategies: kept.map((list, i) => list.map((s) => game.strategies[i]![s]!)),
    payoffs: game.payoffs.map((u) => profiles.map((p) => u[p]!)),
  });
}
