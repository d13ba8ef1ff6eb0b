/**
 * One entry point for every games method, for the CLI (`parley games solve FILE --method …`) and
 * the server: checks the method applies, runs it with cancellation and progress, and returns
 * the solution (format it with formatGambit or toJson).
 */
import { EngineError } from '../shared/engineError.ts';
import type { GameMethod, GameSolution, SolveHooks } from './solution.ts';
import { enumMixed, type EnumMixedOptions } from './solvers/enummixed.ts';
import { enumPure } from './solvers/enumpure.ts';
import { lcpSolve, type LcpOptions } from './solvers/lcp.ts';
import { logitSolve, type LogitOptions } from './solvers/logit.ts';
import { lpSolve } from './solvers/lp.ts';
import { simpdivSolve, type SimpdivOptions } from './solvers/simpdiv.ts';
import type { StrategicGame } from './strategicGame.ts';

export interface SolveGameOptions {
  enummixed?: EnumMixedOptions;
  lcp?: LcpOptions;
  logit?: LogitOptions;
  simpdiv?: SimpdivOptions;
}

/** Methods that need exactly two players. */
export const TWO_PLAYER_METHODS: readonly GameMethod[] = ['enummixed', 'lcp', 'lp'];

/**
 * Solves a game with a method. Throws EngineError `games/not-two-player` or
 * `games/not-constant-sum` (messages as Gambit prints them) when the method does not apply, and
 * `aborted` when cancelled.
 */
export function solveGame(
  game: StrategicGame,
  method: GameMethod,
  options: SolveGameOptions = {},
  hooks: SolveHooks = {},
): GameSolution {
  if (TWO_PLAYER_METHODS.includes(method) && game.players.length !== 2) {
    throw new EngineError('games/not-two-player', 'Method only valid for two-player games.');
  }
  switch (method) {
    case 'enumpure':
      return enumPure(game, hooks);
    case 'enummixed':
      return enumMixed(game, options.enummixed, hooks);
    case 'lcp':
      return lcpSolve(game, options.lcp, hooks);
    case 'lp':
      return lpSolve(game, hooks);
    case 'simpdiv':
      return simpdivSolve(game, options.simpdiv, hooks);
    case 'logit':
      return logitSolve(game, options.logit, hooks);
  }
}
