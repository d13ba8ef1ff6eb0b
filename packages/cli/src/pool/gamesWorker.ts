/**
 * Worker entry for `parley games solve`: solves one game off the main thread so Ctrl-C stays
 * responsive. Cancellation and progress go through shared memory, because the solver never
 * yields to this thread's event loop: the main thread sets `flags[ABORT]`, the solver's progress
 * callback sees it and fires the AbortSignal the engine checks; `flags[DONE]`/`flags[TOTAL]`
 * carry the progress counts back. Payoffs travel as exact fraction strings.
 */
import { parentPort } from 'node:worker_threads';
// Imported module by module so the worker does not load the scenario parser (yaml, zod).
import { solveGame, type SolveGameOptions } from '../../../engines/src/games/solveGame.ts';
import type { GameMethod } from '../../../engines/src/games/solution.ts';
import { toRational, type StrategicGame } from '../../../engines/src/games/strategicGame.ts';

/** Slots of the shared Int32Array. */
export const ABORT = 0;
export const DONE = 1;
export const TOTAL = 2;
export const SLOTS = 3;

export interface GamesTask {
  game: Omit<StrategicGame, 'payoffs'> & { payoffs: string[][] };
  method: GameMethod;
  options: SolveGameOptions;
  shared: SharedArrayBuffer;
}

function solveTask(task: GamesTask) {
  const flags = new Int32Array(task.shared);
  const controller = new AbortController();
  const game: StrategicGame = {
    ...task.game,
    payoffs: task.game.payoffs.map((u) => u.map((v) => toRational(v))),
  };
  return solveGame(game, task.method, task.options, {
    signal: controller.signal,
    onProgress: (p) => {
      Atomics.store(flags, DONE, p.done);
      Atomics.store(flags, TOTAL, p.total ?? -1);
      if (Atomics.load(flags, ABORT) === 1) controller.abort(new Error('cancelled with Ctrl-C'));
    },
  });
}

parentPort?.on('message', ({ id, message }: { id: number; message: GamesTask }) => {
  try {
    parentPort!.postMessage({ id, ok: true, value: solveTask(message) });
  } catch (error) {
    const e = error as { message?: string; code?: string };
    parentPort!.postMessage({
      id,
      ok: false,
      error: { message: e.message ?? String(error), code: e.code },
    });
  }
});
