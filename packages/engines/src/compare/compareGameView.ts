/**
 * The game view beside the graph model of the same sub-conflict: the game's options free, every
 * other option fixed at its status quo, each player's preference the model's (as an explicit
 * ranking of the sub-conflict's states), each decision maker moving alone.
 *
 * Both sides then have the same players, states and ordinal payoffs, and differ only in how a
 * player may change its choices:
 *
 * - A pure Nash equilibrium of the game is a feasible profile from which no player gains by any
 *   feasible change of its own options (gameView.ts). GMCR's Nash stability asks the same of the
 *   player's *moves* R_i(s), which exclude changes that undo an irreversible option or involve
 *   a misperceived state (Fang, Hipel & Kilgour 1993, ch. 3). So every pure equilibrium of the
 *   game is GMCR-Nash, and the two sets coincide when every feasible change is a move.
 * - GMR, SMR, SEQ and SIM add states whose improvements the others can sanction: foresight and
 *   credible threats, which a one-shot simultaneous game cannot express.
 */
import { analyze, type GmcrAnalysis } from '../gmcr/analyze.ts';
import { findSanction } from '../gmcr/findSanction.ts';
import { buildModel, type GmcrModel } from '../gmcr/model.ts';
import type { DmPreference, GmcrInput, StabilityConcept } from '../gmcr/types.ts';
import { pureEquilibriumIndices } from '../games/solvers/enumpure.ts';
import { pureProfile } from '../games/strategicGame.ts';
import type { Expr } from '@parley/model';
import { profileOfDecimal, type GameView } from './gameView.ts';
import { restrictCondition } from './restrictCondition.ts';

export interface GameViewComparison {
  /** Profiles that are pure Nash equilibria of the game, ascending. */
  pureNash: number[];
  /** The graph model of the sub-conflict (its options = the game's, in the same order). */
  subModel: GmcrModel;
  analysis: GmcrAnalysis;
  /** Per profile: the sub-model's state index, or −1 when infeasible. */
  subStates: Int32Array;
  /** Per concept: the profiles of the sub-model's equilibria, ascending. */
  equilibria: Record<StabilityConcept, number[]>;
}

/** Why a GMCR-Nash profile is no equilibrium of the game: the improvement GMCR does not allow. */
export interface BlockedImprovement {
  player: number;
  /** The profile the player would switch to. */
  to: number;
  /** Irreversible options (model indices) the switch would undo. */
  irreversible: number[];
  /** True when the player does not perceive one of the two states. */
  misperceived: boolean;
}

/** Why a SEQ/GMR-stable profile is stable although a player could improve: the sanction. */
export interface SanctionedImprovement {
  player: number;
  /** The profile the player would switch to. */
  to: number;
  /** The profiles the others move through, ending in the sanction. */
  responses: { player: number; to: number }[];
}

export function compareGameView(
  model: GmcrModel,
  view: GameView,
  options: { signal?: AbortSignal } = {},
): GameViewComparison {
  const subModel = buildModel(subModelInput(model, view));
  const analysis = analyze(subModel, options.signal ? { signal: options.signal } : {});
  const subStates = Int32Array.from(view.states, (s) =>
    s < 0 ? -1 : subModel.indexOf(compress(model.decimals[s]!, view.options)),
  );
  const profileOfSub = (s: number) =>
    profileOfDecimal(view.settings, expand(subModel.decimals[s]!, view.options) | view.base);
  const equilibria = {} as Record<StabilityConcept, number[]>;
  for (const concept of analysis.concepts) {
    equilibria[concept] = analysis.equilibria[concept].map(profileOfSub).sort((a, b) => a - b);
  }
  const pureNash = pureEquilibriumIndices(view.game, options);
  return { pureNash, subModel, analysis, subStates, equilibria };
}

/** The sub-conflict as a graph-model input (see the file comment). */
export function subModelInput(model: GmcrModel, view: GameView): GmcrInput {
  const free = new Map(view.options.map((k, j) => [k, j]));
  const fixed = (k: number) => (free.has(k) ? undefined : ((view.base >>> k) & 1) === 1);
  const renumber = (k: number) => free.get(k)!;
  const restrictAll = (conditions: readonly Expr<number>[]): Expr<number>[] =>
    conditions
      .map((c) => restrictCondition(c, fixed, renumber))
      .map((c) => (c === true ? { kind: 'and' as const, operands: [] } : c))
      .filter((c): c is Expr<number> => c !== false);
  const feasible: { sub: number; state: number }[] = [];
  for (let sub = 0; sub < 2 ** view.options.length; sub++) {
    const state = model.indexOf(expand(sub, view.options) | view.base);
    if (state >= 0) feasible.push({ sub, state });
  }
  const ranking = (dm: number): DmPreference => {
    const payoff = model.payoffs[dm]!;
    const levels = [...new Set(feasible.map((f) => payoff[f.state]!))].sort((a, b) => b - a);
    return {
      kind: 'ranking',
      ranking: levels.map((v) => feasible.filter((f) => payoff[f.state] === v).map((f) => f.sub)),
    };
  };
  return {
    options: view.options.map((k) => {
      const o = model.input.options[k]!;
      return { ...o, owner: view.players.indexOf(o.owner) };
    }),
    decisionMakers: view.players.map((dm) => model.input.decisionMakers[dm]!),
    infeasible: restrictAll(model.input.infeasible),
    preferences: view.players.map(ranking),
    misperceived: view.players.map((dm) => restrictAll(model.input.misperceived?.[dm] ?? [])),
  };
}

/**
 * For a profile that is GMCR-Nash but no pure equilibrium of the game: a player's best
 * improvement in the game and what keeps it from being a GMCR move. Null when there is none.
 */
export function blockedImprovement(
  model: GmcrModel,
  view: GameView,
  profile: number,
): BlockedImprovement | null {
  const from = view.states[profile]!;
  if (from < 0) return null;
  const pure = pureProfile(view.game, profile);
  for (let i = 0; i < pure.length; i++) {
    const payoff = view.game.payoffs[i]!;
    let best = -1;
    let bestPayoff = payoff[profile]!;
    view.settings[i]!.forEach((_, s) => {
      const to = profileWith(view, pure, i, s);
      if (view.states[to]! >= 0 && payoff[to]!.gt(bestPayoff)) {
        best = to;
        bestPayoff = payoff[to]!;
      }
    });
    if (best < 0) continue;
    const target = view.states[best]!;
    const current = model.decimals[from]!;
    // A change is no move when it takes back a forward-only option or takes a backward-only one.
    const undone = (current & model.forwardOnlyMask) | (~current & model.backwardOnlyMask);
    const changed = current ^ model.decimals[target]!;
    const irreversible = view.options.filter((k) => (changed & undone & (1 << k)) !== 0);
    const seen = model.misperceived[view.players[i]!];
    const misperceived = seen != null && (seen[from] === 1 || seen[target] === 1);
    return { player: i, to: best, irreversible, misperceived };
  }
  return null;
}

/**
 * For a profile stable under `concept` (GMR, SMR or SEQ) where some player has a unilateral
 * improvement in the sub-model: that improvement and the others' sanctioning responses
 * (the shortest witness, gmcr/findSanction.ts). Null when no player has an improvement.
 */
export function sanctionedImprovement(
  comparison: GameViewComparison,
  view: GameView,
  profile: number,
  concept: 'gmr' | 'smr' | 'seq',
): SanctionedImprovement | null {
  const { analysis, subModel, subStates } = comparison;
  const s = subStates[profile]!;
  if (s < 0) return null;
  const toProfile = (state: number) =>
    profileOfDecimal(view.settings, expand(subModel.decimals[state]!, view.options) | view.base);
  for (let mover = 0; mover < analysis.movers.length; mover++) {
    const ui = analysis.improvements[mover]!;
    for (let k = ui.offsets[s]!; k < ui.offsets[s + 1]!; k++) {
      const s1 = ui.targets[k]!;
      const witness = findSanction(analysis, concept, mover, s, s1);
      if (!witness) continue;
      return {
        player: mover,
        to: toProfile(s1),
        responses: witness.map((m) => ({ player: m.mover, to: toProfile(m.to) })),
      };
    }
  }
  return null;
}

function profileWith(view: GameView, pure: readonly number[], player: number, s: number): number {
  let index = 0;
  let stride = 1;
  view.settings.forEach((list, i) => {
    index += (i === player ? s : pure[i]!) * stride;
    stride *= list.length;
  });
  return index;
}

/** The bits of `decimal` at `options`, packed (option options[j] → bit j). */
function compress(decimal: number, options: readonly number[]): number {
  return options.reduce((d, k, j) => ((decimal >>> k) & 1 ? d | (1 << j) : d), 0);
}

/** The inverse of compress. */
function expand(sub: number, options: readonly number[]): number {
  return options.reduce((d, k, j) => ((sub >>> j) & 1 ? d | (1 << k) : d), 0);
}
