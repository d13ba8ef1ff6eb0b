/**
 * The games view's data: the scenario's graph model read as a one-shot strategic-form game
 * (engines/compare/gameView.ts: players choose the settings of their own options; payoffs are
 * preference ranks or option-prioritization scores), its equilibria as the report's Game view
 * section lays them out, and the whole strategic form profile by profile.
 */
import { compare, gmcr } from '@parley/engines';
import { gamesSection } from '@parley/report';
import type { GameProfile, GamesViewData } from './viewTypes.ts';

/** The strategic form is listed in full up to this many profiles. */
export const MAX_LISTED_PROFILES = 4096;

export interface GamesViewOptions {
  options?: string[];
  payoff?: 'rank' | 'score';
}

export function gamesView(analysis: gmcr.GmcrAnalysis, options: GamesViewOptions): GamesViewData {
  const model = analysis.model;
  const section = gamesSection(analysis, {
    ...(options.options ? { options: options.options } : {}),
    ...(options.payoff ? { payoff: options.payoff } : {}),
    maxOutcomes: MAX_LISTED_PROFILES,
  });
  const data: GamesViewData = {
    section,
    options: model.input.options.map((o) => ({
      id: o.id,
      label: o.label ?? o.id,
      owner: model.input.decisionMakers[o.owner]!.name,
    })),
    maxOptions: compare.MAX_GAME_OPTIONS,
  };
  if (section) {
    const chosen = section.options.map((o) => o.id);
    const profiles = strategicForm(model, chosen, options.payoff ?? 'rank');
    if (profiles) data.profiles = profiles;
  }
  return data;
}

/** Every pure profile with its payoffs, player 1's strategy varying fastest (Gambit order). */
export function strategicForm(
  model: gmcr.GmcrModel,
  options: string[],
  payoff: 'rank' | 'score',
): GameProfile[] | undefined {
  const view = compare.gameFromScenarioModel(model, { options, payoff });
  const { strategies, payoffs } = view.game;
  const total = strategies.reduce((n, s) => n * s.length, 1);
  if (total > MAX_LISTED_PROFILES) return undefined;
  return Array.from({ length: total }, (_, p) => {
    let rest = p;
    const labels = strategies.map((list) => {
      const s = rest % list.length;
      rest = Math.floor(rest / list.length);
      return list[s]!;
    });
    const state = view.states[p]!;
    return {
      strategies: labels,
      payoffs: payoffs.map((row) => row[p]!.toString()),
      stateId: state >= 0 ? state + 1 : null,
    };
  });
}
