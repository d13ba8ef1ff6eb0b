/**
 * Everything the report says about a scenario's game view, with size guards: the game
 * (gameView.ts), its pure equilibria beside the graph model of the same sub-conflict
 * (compareGameView.ts), mixed equilibria where tractable — every extreme equilibrium of a
 * two-player game (enummixed), one approximate equilibrium otherwise (simpdiv) — and the
 * principal branch of the logit quantal response equilibrium (McKelvey & Palfrey 1995).
 *
 * The payoffs are ordinal ranks (or lexicographic scores): reading them as von Neumann–
 * Morgenstern utilities, as mixed equilibria and the QRE do, is a modelling assumption.
 */
import type { GmcrModel } from '../gmcr/model.ts';
import { profileCount } from '../games/strategicGame.ts';
import type { GameSolution } from '../games/solution.ts';
import { solveGame } from '../games/solveGame.ts';
import { compareGameView, type GameViewComparison } from './compareGameView.ts';
import { gameFromScenarioModel, type GameView, type GameViewOptions } from './gameView.ts';

export interface GameViewLimits {
  /** Largest game (pure profiles) compared with the graph model; default 4096. */
  maxCompareProfiles?: number;
  /** Largest strategy count per player for enummixed (two players); default 12. */
  maxEnumMixedStrategies?: number;
  /** Largest game (pure profiles) for simpdiv and logit; default 1024. */
  maxMixedProfiles?: number;
}

export interface GameViewAnalysis {
  view: GameView;
  /** Absent when the game exceeds `maxCompareProfiles`. */
  comparison?: GameViewComparison;
  /** enummixed (two players) or simpdiv; absent when the game is too large. */
  mixed?: GameSolution;
  /** The logit QRE branch; absent when the game is too large. */
  qre?: GameSolution;
  /** What was skipped and why, in words. */
  notes: string[];
}

export function analyzeGameView(
  model: GmcrModel,
  options: GameViewOptions & GameViewLimits & { signal?: AbortSignal } = {},
): GameViewAnalysis {
  const view = gameFromScenarioModel(model, options);
  const hooks = options.signal ? { signal: options.signal } : {};
  const profiles = profileCount(view.game);
  const notes: string[] = [];
  const result: GameViewAnalysis = { view, notes };
  const maxCompare = options.maxCompareProfiles ?? 4096;
  if (profiles <= maxCompare) result.comparison = compareGameView(model, view, hooks);
  else
    notes.push(`the game has ${profiles} profiles: not compared with GMCR (limit ${maxCompare})`);

  const maxMixed = options.maxMixedProfiles ?? 1024;
  const counts = view.game.strategies.map((s) => s.length);
  if (counts.length === 2) {
    const limit = options.maxEnumMixedStrategies ?? 12;
    if (Math.min(...counts) <= limit) {
      result.mixed = solveGame(view.game, 'enummixed', { enummixed: { convexSets: true } }, hooks);
    } else notes.push(`mixed equilibria not enumerated: more than ${limit} strategies each`);
  } else if (counts.length > 2 && profiles <= maxMixed) {
    result.mixed = solveGame(view.game, 'simpdiv', {}, hooks);
  } else if (counts.length > 2) {
    notes.push(`no mixed equilibrium computed: ${profiles} profiles (limit ${maxMixed})`);
  }
  if (profiles <= maxMixed && counts.length >= 2) {
    result.qre = solveGame(view.game, 'logit', {}, hooks);
  } else if (counts.length >= 2) {
    notes.push(`no logit QRE traced: ${profiles} profiles (limit ${maxMixed})`);
  }
  return result;
}
