/**
 * The game view of a graph model: its strategic (normal) form, in which every decision maker
 * chooses — once, simultaneously — the setting of its own options.
 *
 * A normal-form game is the special graph model in which each decision maker can move between
 * any two of its strategies (Kilgour, Hipel & Fang 1987, "The graph model for conflicts",
 * Automatica 23(1):41–55); the game view reads a graph model the other way round:
 *
 * - **Players**: the decision makers that own at least one of the game's options.
 * - **Strategies** of player i: the settings of its own game options (bit k set = option k
 *   taken) that are feasible together with some choice of the others; a setting that no choice
 *   of the others makes feasible (e.g. "dismantle and test") is not a strategy. Labels are the
 *   option ids taken, joined by `+` (without a prefix naming the owner: `dprk_test` of actor
 *   `dprk` is `test`), or `—` when none is.
 * - **Outcome**: a profile is the state whose game options are the players' settings and whose
 *   other options keep their status-quo values.
 * - **Payoffs**: `rank` — the decision maker's GMCR preference rank among the states of the
 *   game's feasible profiles (dense, 1 = least preferred; ordinal); `score` — its
 *   option-prioritization score Σ_k 2^(n−1−k)·[state satisfies statement k] (Fang, Hipel,
 *   Kilgour & Peng 2003, GMCR II), or for an explicit ranking the rank of its tie group.
 * - **Infeasible profiles** (choices that are feasible one by one but not together) pay every
 *   player its lowest payoff over the feasible profiles minus one. No deviation to an infeasible
 *   profile is then ever an improvement, so a feasible profile is a pure Nash equilibrium
 *   exactly when no player gains by a *feasible* unilateral change — the generalized Nash
 *   equilibrium of the constrained game (Debreu 1952; Arrow & Debreu 1954), found through an
 *   exact penalty (Facchinei & Kanzow 2010, SIAM J. Optim. 20(5):2228–2253). An infeasible
 *   profile is an equilibrium only when no single player can restore feasibility; `states`
 *   marks it with −1.
 *
 * Irreversibility and misperception have no counterpart in a one-shot game and are ignored;
 * compareGameView.ts measures what they change.
 */
import { compilePredicate } from '../gmcr/predicate.ts';
import type { GmcrModel } from '../gmcr/model.ts';
import { checkGame, type StrategicGame } from '../games/strategicGame.ts';
import { EngineError } from '../shared/engineError.ts';
import { Rational } from '../shared/rational.ts';

/** More game options than this would tabulate over a million profiles. */
export const MAX_GAME_OPTIONS = 20;

export type GameViewPayoff = 'rank' | 'score';

export interface GameViewOptions {
  /** Ids of the options the players choose; the others stay at their status quo. Default: all. */
  options?: readonly string[];
  /** Payoff rule; default `rank`. */
  payoff?: GameViewPayoff;
  title?: string;
}

export interface GameView {
  game: StrategicGame;
  payoff: GameViewPayoff;
  /** The game's options as model option indices, ascending. */
  options: number[];
  /** players[i] = the model decision-maker index of player i. */
  players: number[];
  /** settings[i][s] = the option bits player i sets with strategy s. */
  settings: number[][];
  /** Decimal of the options outside the game (at their status quo). */
  base: number;
  /** Per profile: the model state index, or −1 when the profile is infeasible. */
  states: Int32Array;
  /** Per player: what an infeasible profile pays. */
  infeasiblePayoffs: Rational[];
  /** The profile of the status quo, or −1 when the status quo is infeasible. */
  statusQuoProfile: number;
}

/** The strategic form of a graph model (see the file comment for the rules). */
export function gameFromScenarioModel(model: GmcrModel, options: GameViewOptions = {}): GameView {
  const gameOptions = resolveOptions(model, options.options);
  const payoff = options.payoff ?? 'rank';
  const base = statusQuoDecimal(model) & ~maskOf(gameOptions);
  const players = [...new Set(gameOptions.map((k) => model.input.options[k]!.owner))].sort(
    (a, b) => a - b,
  );
  const settings = feasibleSettings(model, gameOptions, players, base);
  const strategies = settings.map((list) => list.map((bits) => settingLabel(model, bits)));
  const states = profileStates(model, settings, base);
  const tables = players.map((dm) => payoffTable(rawPayoffs(model, dm, payoff), states, payoff));
  const payoffs = tables.map((t) => t.payoffs);
  const infeasiblePayoffs = tables.map((t) => t.infeasible);
  const game = checkGame({
    title: options.title ?? 'Game view',
    players: players.map((dm) => model.input.decisionMakers[dm]!.name),
    strategies,
    payoffs,
  });
  const sq = statusQuoDecimal(model);
  const statusQuoProfile = model.statusQuo < 0 ? -1 : profileOfDecimal(settings, sq);
  return {
    game,
    payoff,
    options: gameOptions,
    players,
    settings,
    base,
    states,
    infeasiblePayoffs,
    statusQuoProfile,
  };
}

/** The profile index whose settings match a state decimal (−1 when a setting is no strategy). */
export function profileOfDecimal(
  settings: readonly (readonly number[])[],
  decimal: number,
): number {
  let index = 0;
  let stride = 1;
  for (const list of settings) {
    const mask = list.reduce((m, bits) => m | bits, 0);
    const s = list.indexOf(decimal & mask);
    if (s < 0) return -1;
    index += s * stride;
    stride *= list.length;
  }
  return index;
}

/** The state decimal of a profile given as one strategy per player. */
export function decimalOfProfile(view: GameView, pure: readonly number[]): number {
  return pure.reduce((d, s, i) => d | view.settings[i]![s]!, view.base);
}

function resolveOptions(model: GmcrModel, ids: readonly string[] | undefined): number[] {
  const all = model.input.options.map((o) => o.id);
  const chosen = ids === undefined ? all.map((_, k) => k) : ids.map((id) => all.indexOf(id));
  const unknown = ids?.filter((_, j) => chosen[j]! < 0) ?? [];
  if (unknown.length > 0) {
    throw new EngineError('compare/unknown-option', `unknown option(s): ${unknown.join(', ')}`);
  }
  const sorted = [...new Set(chosen)].sort((a, b) => a - b);
  if (sorted.length === 0) throw new EngineError('compare/no-options', 'a game needs an option');
  if (sorted.length > MAX_GAME_OPTIONS) {
    throw new EngineError(
      'compare/game-too-large',
      `${sorted.length} options exceed the game view's limit of ${MAX_GAME_OPTIONS}`,
    );
  }
  return sorted;
}

const maskOf = (options: readonly number[]): number => options.reduce((m, k) => m | (1 << k), 0);

function statusQuoDecimal(model: GmcrModel): number {
  return model.input.options.reduce((d, o, k) => (o.statusQuo ? d | (1 << k) : d), 0);
}

/** Per player, its settings that some choice of the others makes feasible, ascending. */
function feasibleSettings(
  model: GmcrModel,
  gameOptions: readonly number[],
  players: readonly number[],
  base: number,
): number[][] {
  const masks = players.map((dm) =>
    gameOptions
      .filter((k) => model.input.options[k]!.owner === dm)
      .reduce((m, k) => m | (1 << k), 0),
  );
  const seen = players.map(() => new Set<number>());
  for (let sub = 0; sub < 2 ** gameOptions.length; sub++) {
    let decimal = base;
    gameOptions.forEach((k, j) => {
      if ((sub >>> j) & 1) decimal |= 1 << k;
    });
    if (model.indexOf(decimal) < 0) continue;
    masks.forEach((mask, i) => seen[i]!.add(decimal & mask));
  }
  if (seen.some((s) => s.size === 0)) {
    throw new EngineError(
      'compare/no-feasible-profile',
      'no state is feasible with the other options at their status quo',
    );
  }
  return seen.map((s) => [...s].sort((a, b) => a - b));
}

/**
 * An option as strategy labels show it: its id without a prefix naming its owner — the owner's
 * id, an abbreviation in parentheses (`North Korea (DPRK)`) or the initials of a several-word
 * name (`United States` → `us_…`), followed by `_`, `-` or `.`.
 */
export function shortOptionId(model: GmcrModel, k: number): string {
  const option = model.input.options[k]!;
  const owner = model.input.decisionMakers[option.owner]!;
  const words = owner.name.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  const prefixes = [owner.id, /\(([^)]+)\)/.exec(owner.name)?.[1] ?? ''];
  if (words.length > 1) prefixes.push(words.map((w) => w[0]).join(''));
  const id = option.id.toLowerCase();
  for (const prefix of prefixes.filter((p) => p !== '').map((p) => p.toLowerCase())) {
    const rest = option.id.slice(prefix.length + 1);
    if (id.startsWith(prefix) && /[_.-]/.test(id[prefix.length] ?? '') && rest !== '') return rest;
  }
  return option.id;
}

function settingLabel(model: GmcrModel, bits: number): string {
  const taken = model.input.options.flatMap((_, k) =>
    (bits >>> k) & 1 ? [shortOptionId(model, k)] : [],
  );
  return taken.length === 0 ? '—' : taken.join('+');
}

/** Per profile (player 1's strategy fastest), the model state or −1. */
function profileStates(model: GmcrModel, settings: readonly number[][], base: number): Int32Array {
  const counts = settings.map((s) => s.length);
  const total = counts.reduce((a, b) => a * b, 1);
  const states = new Int32Array(total);
  const digit = counts.map(() => 0);
  for (let p = 0; p < total; p++) {
    const decimal = digit.reduce((d, s, i) => d | settings[i]![s]!, base);
    states[p] = model.indexOf(decimal);
    for (let i = 0; i < digit.length && ++digit[i]! === counts[i]; i++) digit[i] = 0;
  }
  return states;
}

/** A decision maker's payoff per model state, before re-ranking: GMCR rank or statement score. */
function rawPayoffs(
  model: GmcrModel,
  dm: number,
  payoff: GameViewPayoff,
): (state: number) => bigint {
  const ranks = model.payoffs[dm]!;
  const preference = model.input.preferences[dm]!;
  if (payoff === 'rank' || preference.kind === 'ranking') return (s) => BigInt(ranks[s]!);
  const n = preference.statements.length;
  const tests = preference.statements.map(compilePredicate);
  return (s) => {
    const decimal = model.decimals[s]!;
    let score = 0n;
    tests.forEach((holds, k) => {
      if (holds(decimal)) score += 1n << BigInt(n - 1 - k);
    });
    return score;
  };
}

function payoffTable(
  value: (state: number) => bigint,
  states: Int32Array,
  payoff: GameViewPayoff,
): { payoffs: Rational[]; infeasible: Rational } {
  const values = Array.from(states, (s) => (s < 0 ? undefined : value(s)));
  const levels = [...new Set(values.filter((v) => v !== undefined))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const level = new Map(levels.map((v, k) => [v, BigInt(k + 1)]));
  const scale = (v: bigint): bigint => (payoff === 'rank' ? level.get(v)! : v);
  const infeasible = Rational.of(payoff === 'rank' ? 0n : levels[0]! - 1n);
  return {
    payoffs: values.map((v) => (v === undefined ? infeasible : Rational.of(scale(v)))),
    infeasible,
  };
}
