/**
 * What every games solver returns: equilibria as exact mixed profiles with their payoffs and
 * their maximum regret (0 for an exact Nash equilibrium), plus method-specific extras.
 */
import { Rational } from '../shared/rational.ts';
import { expectedPayoffs, maxRegret, type MixedProfile } from './mixedProfile.ts';
import type { StrategicGame } from './strategicGame.ts';

export type GameMethod = 'enumpure' | 'enummixed' | 'lcp' | 'lp' | 'simpdiv' | 'logit';

export const GAME_METHODS: readonly GameMethod[] = [
  'enumpure',
  'enummixed',
  'lcp',
  'lp',
  'simpdiv',
  'logit',
];

export interface Equilibrium {
  profile: MixedProfile;
  payoffs: Rational[];
  /** Maximum regret over players, exact: 0 for an exact equilibrium. */
  regret: Rational;
}

/** A maximal convex set of equilibria of a two-player game: every (row, col) pair is one. */
export interface ConvexSet {
  /** Extreme strategies of player 1 in the set. */
  rows: Rational[][];
  /** Extreme strategies of player 2 in the set. */
  cols: Rational[][];
}

/** One point of a traced logit QRE branch (floats). */
export interface LogitPoint {
  lambda: number;
  profile: number[][];
}

export interface GameSolution {
  method: GameMethod;
  players: string[];
  strategies: string[][];
  equilibria: Equilibrium[];
  /** True when the method computes in exact arithmetic (its equilibria have regret 0). */
  exact: boolean;
  /** enummixed: maximal convex sets (Gambit's `-c` cliques). */
  convexSets?: ConvexSet[];
  /** lp: the value of the game to each player. */
  value?: Rational[];
  /** logit: the traced branch, λ increasing from 0 (it may bend back at turning points). */
  branch?: LogitPoint[];
  /** Solver notes: truncated searches, float tolerances, snapped profiles. */
  warnings: string[];
}

/** Progress of a long solver: `done` units of `phase` out of `total` when known. */
export interface Progress {
  phase: string;
  done: number;
  total?: number;
}

/** Cancellation and progress reporting, as every engine takes them. */
export interface SolveHooks {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** An equilibrium record with payoffs and regret computed exactly from the game. */
export function makeEquilibrium(game: StrategicGame, profile: MixedProfile): Equilibrium {
  return { profile, payoffs: expectedPayoffs(game, profile), regret: maxRegret(game, profile) };
}

export function emptySolution(
  game: StrategicGame,
  method: GameMethod,
  exact: boolean,
): GameSolution {
  return {
    method,
    players: [...game.players],
    strategies: game.strategies.map((s) => [...s]),
    equilibria: [],
    exact,
    warnings: [],
  };
}
