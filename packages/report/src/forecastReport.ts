/**
 * The forecast part of the report model: what the forecasting engine's results look like to a
 * reader, per issue — the formula baselines beside the simulation models, each simulation's
 * trajectory, the Monte Carlo spread when inputs were drawn, and the actors who moved most, with
 * the reason the BDM audit gives. Plain JSON, like every section (see report.ts).
 */
import type { forecast } from '@parley/engines';

/** What the report is built from: the engine's results, one per model, over the same input. */
export interface ForecastRuns {
  /** The engine input of every result (dimension ids and scales, linkages). */
  input: forecast.ForecastInput;
  /** One result per model, over all dimensions of `input`, with BDM audit records. */
  results: forecast.ForecastResult[];
  /** Set when the results carry Monte Carlo distributions. */
  monteCarlo?: { runs: number; seed: number };
}

/** A forecasting model as the report names it. */
export interface ForecastModelInfo {
  model: forecast.ForecastModel;
  /** Full name, e.g. `BDM expected utility (paper)`. */
  name: string;
  /** Column heading, e.g. `BDM`. */
  short: string;
  kind: 'baseline' | 'simulation';
}

/** The Monte Carlo spread of one model's forecast on one issue. */
export interface ForecastSpread {
  runs: number;
  mean: number;
  sd: number;
  /** Probability (`"0.05"` … `"0.95"`) → value. */
  quantiles: Record<string, number>;
  histogram: { from: number; to: number; counts: number[] };
  /** The actor whose uncertain inputs move the forecast most (largest |Spearman ρ|). */
  mostSensitive?: { actor: string; score: number };
}

export interface ModelForecast {
  model: forecast.ForecastModel;
  /** The forecast on the issue's scale; null when no actor takes part. */
  value: number | null;
  /** Simulation models: rounds run and whether the convergence rule was met. */
  rounds?: number;
  converged?: boolean;
  distribution?: ForecastSpread;
}

/** One simulation's positions per round: the data of a line chart. */
export interface ForecastTrajectory {
  model: forecast.ForecastModel;
  /** Rounds run (the trajectory has rounds + 1 points, the first being the input). */
  rounds: number;
  converged: boolean;
  actors: { actor: string; values: number[] }[];
  /** Capability × salience weighted median per round. */
  median: number[];
}

/** An actor whose position changed much in the BDM simulation, with the reason. */
export interface ForecastMover {
  actor: string;
  from: number;
  to: number;
  /** e.g. `Russia moved 12 points toward China's position after China's offer in round 2 (region: compromise).` */
  text: string;
}

export interface IssueForecast {
  id: string;
  name: string;
  scale: { min: number; max: number; low: string; high: string; unit?: string };
  /** Names of the other issues forecast with this one as a package (a linkage). */
  linkedWith: string[];
  forecasts: ModelForecast[];
  trajectories: ForecastTrajectory[];
  movers: ForecastMover[];
}

export interface ForecastSection {
  kind: 'forecast';
  /** Stable anchor, unique within a report. */
  id: string;
  title: string;
  models: ForecastModelInfo[];
  monteCarlo?: { runs: number; seed: number };
  issues: IssueForecast[];
  /** Notes from the engine (capability assumed, actors left out of a package), each once. */
  warnings: string[];
}
