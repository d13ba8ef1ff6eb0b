/**
 * The report's game-view section: the graph model read as a one-shot game over its core
 * options (engines/compare), its pure equilibria beside the GMCR equilibria of the same states,
 * the reasons they differ, mixed equilibria and the logit QRE path. The defaults keep the game
 * small: the four options that weigh most in the actors' preferences (compare/coreOptions.ts).
 */
import { compare, EngineError, games, type gmcr, type Rational } from '@parley/engines';
import type {
  GameConcept,
  GameMixedEquilibrium,
  GameOutcome,
  GamesSection,
} from '../gamesReport.ts';
import { blockedText, sanctionText } from './gameDifferences.ts';
import { evenPath, profileAt, tableLambdas } from './qrePath.ts';

export interface GamesReportOptions {
  /** Option ids the players choose; default the `coreCount` heaviest (coreOptions). */
  options?: string[];
  /** Default 4: at most 16 profiles, so mixed equilibria and the QRE stay instant. */
  coreCount?: number;
  payoff?: 'rank' | 'score';
  /** At most this many outcome rows; default 16. */
  maxOutcomes?: number;
  /** At most this many differences in words; default 6. */
  maxDifferences?: number;
  signal?: AbortSignal;
}

const CONCEPTS: GameConcept[] = ['nash', 'gmr', 'smr', 'seq', 'sim'];

/** The section, or null when no profile is feasible with the other options at the status quo. */
export function gamesSection(
  analysis: gmcr.GmcrAnalysis,
  options: GamesReportOptions = {},
): GamesSection | null {
  const model = analysis.model;
  const ids = model.input.options.map((o) => o.id);
  const chosen =
    options.options ?? compare.coreOptions(model, options.coreCount ?? 4).map((k) => ids[k]!);
  let result: compare.GameViewAnalysis;
  try {
    result = compare.analyzeGameView(model, {
      options: chosen,
      ...(options.payoff ? { payoff: options.payoff } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (e) {
    if (e instanceof EngineError && e.code === 'compare/no-feasible-profile') return null;
    throw e;
  }
  const { view } = result;
  const section: GamesSection = {
    kind: 'games',
    id: 'games',
    title: 'Game view',
    options: view.options.map((k) => {
      const o = model.input.options[k]!;
      return {
        id: o.id,
        short: compare.shortOptionId(model, k),
        label: o.label ?? o.id,
        owner: model.input.decisionMakers[o.owner]!.name,
      };
    }),
    selection: options.options
      ? 'the options chosen for the report'
      : view.options.length === model.optionCount
        ? `all ${model.optionCount} options of the graph model`
        : `the ${view.options.length} options that weigh most in the actors' preferences (the average change of an actor's preference rank when the option alone is flipped)`,
    fixed: model.optionCount - view.options.length,
    payoff: view.payoff,
    players: view.game.players.map((name, i) => ({ name, strategies: view.game.strategies[i]! })),
    profileCount: view.states.length,
    infeasibleProfiles: view.states.filter((s) => s < 0).length,
    infeasiblePayoffs: view.infeasiblePayoffs.map(String),
    outcomes: [],
    differences: [],
    omittedDifferences: 0,
    notes: [...result.notes],
  };
  if (view.game.players.length === 2) section.matrix = matrix(view, result.comparison);
  if (result.comparison) {
    section.outcomes = outcomes(analysis, view, result.comparison, options.maxOutcomes ?? 16);
    addDifferences(section, model, view, result.comparison, options.maxDifferences ?? 6);
  }
  if (result.mixed) {
    section.mixed = {
      method: result.mixed.method === 'enummixed' ? 'enummixed' : 'simpdiv',
      equilibria: result.mixed.equilibria.map((eq) => mixedOf(view.game, eq)),
    };
  }
  if (result.qre) addQre(section, view.game, result.qre);
  for (const solution of [result.mixed, result.qre]) {
    for (const w of solution?.warnings ?? [])
      if (!/exact Nash equilibrium$/.test(w)) section.notes.push(w);
  }
  return section;
}

function matrix(
  view: compare.GameView,
  comparison?: compare.GameViewComparison,
): GamesSection['matrix'] {
  const [rows, cols] = view.game.strategies as [string[], string[]];
  const cell = (r: number, c: number) => r + rows.length * c;
  const at = (p: number): [number, number] => [p % rows.length, Math.floor(p / rows.length)];
  const m: NonNullable<GamesSection['matrix']> = {
    cells: rows.map((_, r) =>
      cols.map((__, c): [string, string] => [
        String(view.game.payoffs[0]![cell(r, c)]),
        String(view.game.payoffs[1]![cell(r, c)]),
      ]),
    ),
    nash: (comparison?.pureNash ?? []).map(at),
  };
  if (view.statusQuoProfile >= 0) m.statusQuo = at(view.statusQuoProfile);
  return m;
}

function outcomes(
  analysis: gmcr.GmcrAnalysis,
  view: compare.GameView,
  comparison: compare.GameViewComparison,
  max: number,
): GameOutcome[] {
  const full = new Map(CONCEPTS.map((c) => [c, new Set(analysis.equilibria[c] ?? [])]));
  const sub = new Map(CONCEPTS.map((c) => [c, new Set(comparison.equilibria[c] ?? [])]));
  const nash = new Set(comparison.pureNash);
  const rows: GameOutcome[] = [];
  for (let p = 0; p < view.states.length; p++) {
    const state = view.states[p]!;
    const row: GameOutcome = {
      strategies: games.pureProfile(view.game, p).map((k, i) => view.game.strategies[i]![k]!),
      stateId: state < 0 ? null : state + 1,
      payoffs: view.game.payoffs.map((u) => u[p]!.toString()),
      statusQuo: p === view.statusQuoProfile,
      gameNash: nash.has(p),
      subModel: CONCEPTS.filter((c) => sub.get(c)!.has(p)),
      fullModel: state < 0 ? [] : CONCEPTS.filter((c) => full.get(c)!.has(state)),
    };
    if (row.statusQuo || row.gameNash || row.subModel.length > 0 || row.fullModel.length > 0)
      rows.push(row);
  }
  const weight = (r: GameOutcome) =>
    (r.statusQuo ? 100 : 0) + (r.gameNash ? 10 : 0) + r.subModel.length + r.fullModel.length / 10;
  return rows.sort((a, b) => weight(b) - weight(a)).slice(0, max);
}

function addDifferences(
  section: GamesSection,
  model: gmcr.GmcrModel,
  view: compare.GameView,
  comparison: compare.GameViewComparison,
  max: number,
): void {
  const nash = new Set(comparison.pureNash);
  const eq = comparison.equilibria;
  const texts: string[] = [];
  for (const p of eq.nash ?? []) {
    if (nash.has(p)) continue;
    const text = blockedText(model, view, p);
    if (text) texts.push(text);
  }
  const sanctioned = [...new Set([...(eq.seq ?? []), ...(eq.gmr ?? [])])].sort((a, b) => a - b);
  for (const p of sanctioned) {
    if ((eq.nash ?? []).includes(p)) continue;
    const text = sanctionText(comparison, view, p, (eq.seq ?? []).includes(p) ? 'seq' : 'gmr');
    if (text) texts.push(text);
  }
  section.differences = texts.slice(0, max);
  section.omittedDifferences = Math.max(0, texts.length - max);
}

function mixedOf(game: games.StrategicGame, eq: games.Equilibrium): GameMixedEquilibrium {
  const mixes = game.players.map((player, i) => ({
    player,
    support: eq.profile[i]!.flatMap((p: Rational, s) =>
      p.isZero() ? [] : [{ strategy: game.strategies[i]![s]!, probability: p.toString() }],
    ),
  }));
  return {
    mixes,
    payoffs: eq.payoffs.map(String),
    pure: mixes.every((m) => m.support.length === 1),
    regret: eq.regret.toString(),
  };
}

function addQre(section: GamesSection, game: games.StrategicGame, qre: games.GameSolution): void {
  const branch = qre.branch ?? [];
  const limit = qre.equilibria[0];
  if (branch.length === 0 || !limit) return;
  const lambdas = tableLambdas(branch);
  const columns = lambdas.map((l) => profileAt(branch, l));
  const offsets = game.strategies.map((_, i) =>
    game.strategies.slice(0, i).reduce((n, s) => n + s.length, 0),
  );
  const grid = evenPath(branch);
  section.qre = {
    lambdas,
    rows: game.strategies.flatMap((list, i) =>
      list.map((strategy, s) => ({
        player: game.players[i]!,
        strategy,
        probabilities: columns.map((c) => c[offsets[i]! + s]!),
      })),
    ),
    limit: mixedOf(game, limit),
    finalLambda: branch.at(-1)!.lambda,
    path: {
      step: grid.step,
      players: game.players.map((player, i) => ({
        player,
        series: game.strategies[i]!.map((strategy, s) => ({
          strategy,
          values: grid.profiles.map((p) => Math.round(p[offsets[i]! + s]! * 1000) / 10),
        })),
      })),
    },
  };
}
