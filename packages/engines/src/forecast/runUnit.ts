/**
 * Runs one model on one unit of a forecast problem and returns positions per turn in scale
 * units, the forecast per dimension of the unit, and the run's convergence. Shared by
 * `forecast` (one run, with audit records) and Monte Carlo (many runs, numbers only).
 */
import { condorcetPosition } from './baselines/condorcetPosition.ts';
import { weightedMean } from './baselines/weightedMean.ts';
import { weightedMedian } from './baselines/weightedMedian.ts';
import type { BdmSettings } from './bdm/bdmSettings.ts';
import type { BdmUnit } from './bdm/bdmUnit.ts';
import { BdmWorkspace } from './bdm/bdmWorkspace.ts';
import type { BdmOffer } from './bdm/playRound.ts';
import { runBdm } from './bdm/runBdm.ts';
import type { ForecastProblem, ForecastUnit } from './forecastProblem.ts';
import { runSmp } from './smp/runSmp.ts';
import type { SmpSettings } from './smp/smpSettings.ts';
import type { SmpBargain } from './smp/smpTurn.ts';
import type { ForecastModel } from './types.ts';

export interface UnitSettings {
  model: ForecastModel;
  bdm: BdmSettings;
  smp: SmpSettings;
  bdmRounds: number;
  smpRounds: number;
  audit: boolean;
  signal?: AbortSignal;
  /** Keep positions of every turn (default) or only the first and last (Monte Carlo). */
  keepTurns?: boolean;
  /**
   * BDM scratch space by unit size, reused across Monte Carlo runs. The outcome's `turns` then
   * live in that space and are valid only until the next `runUnit` call with the same scratch.
   */
  scratch?: Map<string, BdmWorkspace>;
}

export interface UnitOutcome {
  /** Positions per turn, actor-major over the unit's actors and dimensions, scale units. */
  turns: Float64Array[];
  forecast: number[];
  rounds: number;
  converged: boolean;
  audit?: BdmOffer[][];
  bargains?: SmpBargain[][];
}

/** Positions x[a * dims + d] of the unit's actors, and their c·s weights per dimension. */
export function unitColumns(
  problem: ForecastProblem,
  unit: ForecastUnit,
  into?: BdmWorkspace,
): { n: number; dims: number; x: Float64Array; s: Float64Array; c: Float64Array } {
  const dims = unit.dims.length;
  const n = unit.actors.length;
  const x = into?.unitX ?? new Float64Array(n * dims);
  const s = into?.unitS ?? new Float64Array(n * dims);
  const c = into?.unitC ?? new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = unit.actors[i]!;
    c[i] = problem.capability[a]!;
    for (let k = 0; k < dims; k++) {
      const d = unit.dims[k]!;
      x[i * dims + k] = problem.position[a * problem.nDims + d]!;
      s[i * dims + k] = problem.salience[a * problem.nDims + d]!;
    }
  }
  return { n, dims, x, s, c };
}

/** The reusable BDM workspace of this unit's size (Monte Carlo), or none (one-off forecasts). */
function scratchFor(unit: ForecastUnit, settings: UnitSettings): BdmWorkspace | undefined {
  if (!settings.scratch || settings.model !== 'bdm') return undefined;
  const key = `${unit.actors.length}x${unit.dims.length}`;
  let workspace = settings.scratch.get(key);
  if (!workspace) {
    workspace = new BdmWorkspace(unit.actors.length, unit.dims.length);
    settings.scratch.set(key, workspace);
  }
  return workspace;
}

/** Column k of an actor-major array, and the matching c·s weights. */
export function column(x: Float64Array, s: Float64Array, c: Float64Array, dims: number, k: number) {
  const n = c.length;
  const xs = new Float64Array(n);
  const ws = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = x[i * dims + k]!;
    ws[i] = c[i]! * s[i * dims + k]!;
  }
  return { xs, ws };
}

export function runUnit(
  problem: ForecastProblem,
  unit: ForecastUnit,
  settings: UnitSettings,
): UnitOutcome {
  const workspace = scratchFor(unit, settings);
  const cols = unitColumns(problem, unit, workspace);
  const { n, dims, x, s, c } = cols;
  if (n === 0)
    return { turns: [x], forecast: unit.dims.map(() => Number.NaN), rounds: 0, converged: true };
  const readout = (final: Float64Array, how: 'median' | 'mean'): number[] =>
    unit.dims.map((_, k) => {
      const { xs, ws } = column(final, s, c, dims, k);
      return how === 'median' ? weightedMedian(xs, ws) : weightedMean(xs, ws);
    });
  switch (settings.model) {
    case 'mean':
      return still(x, readout(x, 'mean'));
    case 'median':
      return still(x, readout(x, 'median'));
    case 'capability-mean':
      return still(
        x,
        unit.dims.map((_, k) => weightedMean(column(x, s, c, dims, k).xs, c)),
      );
    case 'condorcet':
      return still(
        x,
        unit.dims.map((_, k) => {
          const { xs, ws } = column(x, s, c, dims, k);
          return condorcetPosition(xs, ws);
        }),
      );
    case 'bdm':
      return bdmOutcome(problem, unit, cols, settings, readout, workspace);
    case 'smp':
      return smpOutcome(problem, unit, cols, settings, readout);
  }
}

function still(x: Float64Array, forecast: number[]): UnitOutcome {
  return { turns: [x], forecast, rounds: 0, converged: true };
}

type Readout = (final: Float64Array, how: 'median' | 'mean') => number[];

function bdmOutcome(
  problem: ForecastProblem,
  unit: ForecastUnit,
  cols: ReturnType<typeof unitColumns>,
  settings: UnitSettings,
  readout: Readout,
  workspace: BdmWorkspace | undefined,
): UnitOutcome {
  const { n, dims, x, s, c } = cols;
  const range = workspace?.unitRange ?? new Float64Array(dims);
  for (let k = 0; k < dims; k++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      lo = Math.min(lo, x[i * dims + k]!);
      hi = Math.max(hi, x[i * dims + k]!);
    }
    const d = unit.dims[k]!;
    const scale = problem.max[d]! - problem.min[d]!;
    const r = settings.bdm.range === 'scale' ? scale : hi - lo;
    range[k] = r > 0 ? r : scale > 0 ? scale : 1;
  }
  const sal = workspace?.unitSal ?? new Float64Array(n * dims);
  for (let i = 0; i < n * dims; i++) sal[i] = s[i]! / 100;
  const bdmUnit: BdmUnit = { n, dims, x, c, s: sal, range };
  const run = runBdm(bdmUnit, settings.bdm, {
    rounds: settings.bdmRounds,
    audit: settings.audit,
    signal: settings.signal,
    keepTurns: settings.keepTurns ?? true,
    workspace,
  });
  const final = run.turns[run.turns.length - 1]!;
  return {
    turns: run.turns,
    forecast: readout(final, settings.bdm.readout),
    rounds: run.rounds,
    converged: run.converged,
    audit: settings.audit ? run.audit : undefined,
  };
}

function smpOutcome(
  problem: ForecastProblem,
  unit: ForecastUnit,
  cols: ReturnType<typeof unitColumns>,
  settings: UnitSettings,
  readout: Readout,
): UnitOutcome {
  const { n, dims, x, s, c } = cols;
  const lo = unit.dims.map((d) => problem.min[d]!);
  const span = unit.dims.map((d) => problem.max[d]! - problem.min[d]! || 1);
  // KTAB works on [0, 1]; an actor's saliences across a package may not exceed 100 in total.
  const sal = new Float64Array(n * dims);
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let k = 0; k < dims; k++) total += s[i * dims + k]!;
    const scale = total > 100 ? 100 / total : 1;
    for (let k = 0; k < dims; k++) sal[i * dims + k] = (s[i * dims + k]! * scale) / 100;
  }
  const pos = x.map((v, idx) => (v - lo[idx % dims]!) / span[idx % dims]!);
  const run = runSmp(
    { n, dims, pos, sal, cap: c },
    settings.smp,
    settings.smpRounds,
    settings.signal,
  );
  const toScale = (t: Float64Array) => t.map((v, idx) => lo[idx % dims]! + v * span[idx % dims]!);
  const turns = run.turns.map((t, i) => (i === 0 ? x : toScale(t)));
  return {
    turns,
    forecast: readout(turns[turns.length - 1]!, settings.smp.readout),
    rounds: run.rounds,
    converged: run.converged,
    bargains: settings.audit ? run.bargains : undefined,
  };
}
