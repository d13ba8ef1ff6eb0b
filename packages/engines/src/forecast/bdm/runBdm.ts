/**
 * Rounds of the BDM expected-utility model as specified by Scholz, Calbert & Smith (2011),
 * Appendix steps 2–13, with the simultaneous position update of §6:
 *
 *   1. median voter μ (risk-neutral votes, c·s weights) — read by the T rule when Q < 1;
 *   2. pass 1: every r = 1, all E(U_ij), security levels, risk exponents r_i (riskExponents.ts);
 *   3. pass 2: with r_i, each actor classifies the offer every other actor makes it
 *      (offers.ts) and accepts one;
 *   4. all actors move at once; stop when nobody moves more than tolerance·R, or at the limit.
 *
 * A unit may hold several linked dimensions (a package): an actor's expected utility of a
 * challenge is then the sum over the package's dimensions weighted by the challenger's salience
 * shares, one region decides the dyad, and a move applies to every dimension (Parley's package
 * extension; with one dimension it is exactly the paper's model). One round is playRound.ts.
 */
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import type { BdmSettings } from './bdmSettings.ts';
import type { BdmUnit } from './bdmUnit.ts';
import { BdmWorkspace } from './bdmWorkspace.ts';
import { playRound, type BdmOffer } from './playRound.ts';

export interface BdmRun {
  /** Positions after each round; turns[0] is the input. */
  turns: Float64Array[];
  /** Risk exponents used in each round (index t − 1 for round t). */
  risk: Float64Array[];
  /** Per round, when `audit` was requested. */
  audit: BdmOffer[][];
  rounds: number;
  converged: boolean;
}

export interface BdmRunOptions {
  rounds: number;
  audit: boolean;
  signal?: AbortSignal;
  /** Keep every round's positions (default); false keeps only the first and the last. */
  keepTurns?: boolean;
  /** Scratch space to reuse across runs of the same size (Monte Carlo). */
  workspace?: BdmWorkspace;
}

/** Runs the model on `unit` (not modified). */
export function runBdm(unit: BdmUnit, settings: BdmSettings, options: BdmRunOptions): BdmRun {
  const { n, dims } = unit;
  const keep = options.keepTurns ?? true;
  const work = options.workspace?.fits(n, dims) ? options.workspace : new BdmWorkspace(n, dims);
  work.prepare(unit);
  // Without kept turns the rounds alternate between the workspace's two position buffers, so a
  // Monte Carlo run allocates nothing here; turns[0] is then the input itself (not a copy).
  let x = keep ? Float64Array.from(unit.x) : work.positionsA;
  if (!keep) x.set(unit.x);
  let spare = work.positionsB;
  // One view of the unit at the current positions, so a round allocates no unit object.
  const view: BdmUnit = { ...unit, x };
  const run: BdmRun = {
    turns: [keep ? x : unit.x],
    risk: [],
    audit: [],
    rounds: 0,
    converged: false,
  };
  for (let round = 1; round <= options.rounds; round++) {
    throwIfAborted(options.signal);
    const next = keep ? new Float64Array(n * dims) : spare;
    next.set(x);
    view.x = x;
    const offers = playRound(view, x, settings, work, next, options.audit);
    if (keep) {
      run.turns.push(next);
      run.risk.push(Float64Array.from(work.r));
    }
    if (options.audit) run.audit.push(offers);
    run.rounds = round;
    let maxMove = 0;
    for (let i = 0; i < n * dims; i++) {
      maxMove = Math.max(maxMove, Math.abs(next[i]! - x[i]!) / unit.range[i % dims]!);
    }
    if (!keep) spare = x;
    x = next;
    if (maxMove <= settings.tolerance) {
      run.converged = true;
      break;
    }
  }
  if (!keep) run.turns.push(x);
  return run;
}
