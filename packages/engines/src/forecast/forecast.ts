/**
 * The forecasting engine's entry point: runs one model (a formula baseline, the BDM
 * expected-utility model, or the KTAB-compatible spatial model) over every issue of the input —
 * linked issues together — and returns the stable JSON result described in docs/forecast.md.
 */
import { throwIfAborted } from '../shared/throwIfAborted.ts';
import { weightedMean } from './baselines/weightedMean.ts';
import { weightedMedian } from './baselines/weightedMedian.ts';
import {
  planUnits,
  problemFromInput,
  type ForecastProblem,
  type ForecastUnit,
} from './forecastProblem.ts';
import { resolveForecastSettings, settingsRecord } from './forecastSettings.ts';
import { inputHash } from './inputHash.ts';
import { column, runUnit, unitColumns, type UnitOutcome } from './runUnit.ts';
import type {
  BdmDyadRecord,
  ForecastInput,
  ForecastOptions,
  ForecastResult,
  ForecastTurn,
  SmpBargainRecord,
} from './types.ts';

/**
 * Forecasts every issue of `input` with `options.model`.
 *
 * @example forecast(forecastInputFromScenario(scenario), { model: 'bdm', bdmVariant: 'scholz-code' })
 */
export function forecast(input: ForecastInput, options: ForecastOptions): ForecastResult {
  const settings = resolveForecastSettings(options);
  const problem = problemFromInput(input);
  const { units, warnings } = planUnits(input, options.joint);
  const outcomes = units.map((unit, u) => {
    throwIfAborted(options.signal);
    options.onProgress?.({
      done: u,
      total: units.length,
      message: `unit ${u + 1}/${units.length}`,
    });
    return runUnit(problem, unit, settings);
  });
  options.onProgress?.({ done: units.length, total: units.length });
  return {
    ...assembleTurns(input, problem, units, outcomes),
    model: options.model,
    provenance: {
      engine: 'forecast',
      method: options.model,
      parameters: settingsRecord(options, settings),
      inputHash: inputHash(input),
      convergence: units.map((unit, u) => ({
        dimensions: unit.dims.map((d) => input.dimensions[d]!.name),
        rounds: outcomes[u]!.rounds,
        converged: outcomes[u]!.converged,
      })),
      warnings: [...(input.warnings ?? []), ...warnings],
    },
  };
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Spreads unit outcomes over the global dimensions, turn by turn. */
export function assembleTurns(
  input: ForecastInput,
  problem: ForecastProblem,
  units: ForecastUnit[],
  outcomes: UnitOutcome[],
): Omit<ForecastResult, 'model' | 'provenance'> {
  const nDims = problem.nDims;
  const taking = new Set(units.flatMap((u) => u.actors));
  const actors = input.actors.filter((_, a) => taking.has(a)).map((a) => a.name);
  const nTurns = Math.max(1, ...outcomes.map((o) => o.turns.length));
  const turns: ForecastTurn[] = [];
  for (let t = 0; t < nTurns; t++) {
    const positions: Record<string, (number | null)[]> = {};
    for (const name of actors) positions[name] = new Array<number | null>(nDims).fill(null);
    const median = new Array<number | null>(nDims).fill(null);
    const mean = new Array<number | null>(nDims).fill(null);
    const turn: ForecastTurn = { positions, median, mean };
    units.forEach((unit, u) => {
      const outcome = outcomes[u]!;
      const x = outcome.turns[Math.min(t, outcome.turns.length - 1)]!;
      const { s, c } = unitColumns(problem, unit);
      const dims = unit.dims.length;
      unit.actors.forEach((a, i) => {
        unit.dims.forEach((d, k) => (positions[input.actors[a]!.name]![d] = x[i * dims + k]!));
      });
      unit.dims.forEach((d, k) => {
        const { xs, ws } = column(x, s, c, dims, k);
        median[d] = finite(weightedMedian(xs, ws));
        mean[d] = finite(weightedMean(xs, ws));
      });
      if (t > 0 && t < outcome.turns.length) attachRecords(turn, input, unit, outcome, t);
    });
    turns.push(turn);
  }
  const forecastValues = new Array<number | null>(nDims).fill(null);
  units.forEach((unit, u) =>
    unit.dims.forEach((d, k) => (forecastValues[d] = finite(outcomes[u]!.forecast[k]!))),
  );
  return {
    dimensions: input.dimensions.map((d) => d.name),
    actors,
    turns,
    final: turns[turns.length - 1]!.positions,
    forecast: forecastValues,
  };
}

function attachRecords(
  turn: ForecastTurn,
  input: ForecastInput,
  unit: ForecastUnit,
  outcome: UnitOutcome,
  t: number,
): void {
  const name = (i: number) => input.actors[unit.actors[i]!]!.name;
  const dimensions = unit.dims.map((d) => input.dimensions[d]!.name);
  const offers = outcome.audit?.[t - 1];
  if (offers) {
    const records: BdmDyadRecord[] = offers.map((o) => ({
      actor: name(o.actor),
      other: name(o.other),
      dimensions,
      euActor: o.euActor,
      euOther: o.euOther,
      region: o.region,
      proposed: o.proposed,
      chosen: o.chosen,
    }));
    turn.audit = [...(turn.audit ?? []), ...records];
  }
  const bargains = outcome.bargains?.[t - 1];
  if (bargains) {
    // Bargain coordinates are on KTAB's [0, 1]; report them in scale units.
    const toScale = (p: Float64Array) =>
      Array.from(p, (v, k) => {
        const dim = input.dimensions[unit.dims[k]!]!;
        return dim.min + v * (dim.max - dim.min || 1);
      });
    const records: SmpBargainRecord[] = bargains.map((b) => ({
      initiator: name(b.init),
      receiver: name(b.rcvr),
      probability: b.probability,
      expectedGain: b.gain,
      initiatorPosition: toScale(b.posInit),
      receiverPosition: toScale(b.posRcvr),
      dimensions,
    }));
    turn.bargains = [...(turn.bargains ?? []), ...records];
  }
}
