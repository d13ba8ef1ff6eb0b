/**
 * Turns of KTAB's spatial model of politics until its stopping rule (SMPModel::configExec and
 * smpStopFn, smp.cpp): after at least `minTurns` (2) and at most the turn limit (100), stop when
 *
 *   Σ_i ‖x_i(t) − x_i(t−1)‖ / (Σ_i ‖x_i(1) − x_i(0)‖ + 1e-4) < stopRatio (0.02),
 *
 * distances on KTAB's [0, 1] scale. Each turn is smpTurn.ts.
 */
import { createRng } from '../../shared/rng.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import type { SmpSettings } from './smpSettings.ts';
import { smpTurn, type SmpBargain } from './smpTurn.ts';
import type { SmpUnit } from './smpUnit.ts';

export interface SmpRun {
  /** Positions per state on [0, 1]; turns[0] is the input. */
  turns: Float64Array[];
  /** Bargains proposed in each turn (index t − 1 for turn t). */
  bargains: SmpBargain[][];
  /** Risk attitudes inferred at the start of each turn. */
  risk: Float64Array[];
  rounds: number;
  /** True when the stopping rule fired before the turn limit. */
  converged: boolean;
}

export type SmpTurnFn = typeof smpTurn;

export function runSmp(
  unit: SmpUnit,
  settings: SmpSettings,
  maxTurns: number,
  signal?: AbortSignal,
  turn: SmpTurnFn = smpTurn,
): SmpRun {
  const rng = settings.stateTransitions === 'Stochastic' ? createRng(settings.seed) : undefined;
  let pos: Float64Array = Float64Array.from(unit.pos);
  let ideal: Float64Array = Float64Array.from(unit.pos);
  const run: SmpRun = { turns: [pos], bargains: [], risk: [], rounds: 0, converged: false };
  for (let iter = 1; iter <= maxTurns; iter++) {
    throwIfAborted(signal);
    const result = turn(unit, pos, ideal, settings, rng);
    pos = result.next;
    ideal = result.nextIdeal;
    run.turns.push(pos);
    run.bargains.push(result.bargains);
    run.risk.push(result.risk);
    run.rounds = iter;
    if (iter >= settings.minTurns) {
      const first = stateDistance(unit, run.turns[0]!, run.turns[1]!) + 1e-4;
      const last = stateDistance(unit, run.turns[iter - 1]!, pos);
      if (last / first < settings.stopRatio) {
        run.converged = true;
        break;
      }
    }
  }
  return run;
}

/** Σ_i Euclidean distance between the two states' positions of actor i. */
export function stateDistance(unit: SmpUnit, a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < unit.n; i++) {
    let sq = 0;
    for (let d = 0; d < unit.dims; d++) {
      const diff = a[i * unit.dims + d]! - b[i * unit.dims + d]!;
      sq += diff * diff;
    }
    sum = sum + Math.sqrt(sq);
  }
  return sum;
}
