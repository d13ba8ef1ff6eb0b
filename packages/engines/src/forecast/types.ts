/**
 * Shapes shared by the forecasting engine: the input (actors, dimensions, linkages), the options
 * and the stable JSON result. See docs/forecast.md for the meaning of every field.
 */
import type { BdmSettings, BdmVariant } from './bdm/bdmSettings.ts';
import type { SmpSettings } from './smp/smpSettings.ts';

/** A plausible interval [low, high] for a number (Monte Carlo draws from it). */
export type Interval = readonly [number, number];

/** One issue scale. Positions are in scale units; `min`/`max` are the scale's ends. */
export interface ForecastDimension {
  id: string;
  name: string;
  min: number;
  max: number;
}

/** An actor as the forecasting models see it. Arrays are indexed by dimension. */
export interface ForecastActor {
  id: string;
  name: string;
  /** Relative capability (power), ≥ 0, any scale. */
  capability: number;
  /** Preferred point per dimension, or null when the actor takes no part in that issue. */
  position: (number | null)[];
  /** Salience per dimension on 0–100, or null with the position. */
  salience: (number | null)[];
  /** Uncertainty ranges for Monte Carlo; absent means the value is certain. */
  ranges?: {
    capability?: Interval;
    position?: (Interval | null)[];
    salience?: (Interval | null)[];
  };
}

/**
 * Issues negotiated as one package. The spatial model bargains over them jointly (one vector
 * position per actor); the BDM model decides each dyad's contest on the package (see
 * docs/forecast.md, "Issue linkage"); the formula baselines treat them independently.
 */
export interface ForecastLinkage {
  id: string;
  /** Dimension ids, at least two. */
  issues: string[];
  /** How the issues are tied. Only `package` exists so far. */
  kind?: 'package';
  note?: string;
}

/** Everything a forecast needs; build it with `forecastInputFromScenario`. */
export interface ForecastInput {
  dimensions: ForecastDimension[];
  actors: ForecastActor[];
  linkages?: ForecastLinkage[];
  /** Notes from building the input (defaults applied, actors left out); copied to provenance. */
  warnings?: string[];
}

/** The formula baselines and the two simulation models. */
export type ForecastModel = 'mean' | 'capability-mean' | 'median' | 'condorcet' | 'bdm' | 'smp';

export const FORECAST_MODELS: readonly ForecastModel[] = [
  'mean',
  'capability-mean',
  'median',
  'condorcet',
  'bdm',
  'smp',
];

/** Progress of a long computation: `done` of `total` units of work. */
export interface ForecastProgress {
  done: number;
  total: number;
  message?: string;
}

export interface ForecastOptions {
  model: ForecastModel;
  /** Round limit for bdm (default 10) and smp (default 100). */
  rounds?: number;
  /** Named BDM variant set; individual `bdm` settings override it. Default `paper`. */
  bdmVariant?: BdmVariant;
  bdm?: Partial<BdmSettings>;
  smp?: Partial<SmpSettings>;
  /** Treat all dimensions as one linked package (KTAB's multi-dimensional issue). */
  joint?: boolean;
  /** Record per-dyad audit records (bdm) and bargains (smp). Default true. */
  audit?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: ForecastProgress) => void;
}

/** Why an actor moved (or did not) in one BDM round, seen from the actor who would move. */
export interface BdmDyadRecord {
  /** The actor who would move (receives the offer). */
  actor: string;
  /** The actor making the offer. */
  other: string;
  /** The dimensions of the unit (one issue, or a linked package). */
  dimensions: string[];
  /** E(U) of `actor` challenging `other`, as the model evaluates it. */
  euActor: number;
  /** E(U) of `other` challenging `actor`. */
  euOther: number;
  region: 'confrontation' | 'compromise' | 'compel' | 'none';
  /** The position `actor` would take by accepting (per dimension), or null without an offer. */
  proposed: number[] | null;
  /** True for the offer the actor accepted this round. */
  chosen: boolean;
}

/** One bargain resolved in a spatial-model turn. */
export interface SmpBargainRecord {
  initiator: string;
  receiver: string;
  /** Initiator's estimate that it would win a contest. */
  probability: number;
  /** Initiator's expected gain from the challenge. */
  expectedGain: number;
  /** Proposed positions, in scale units, per dimension of the unit. */
  initiatorPosition: number[];
  receiverPosition: number[];
  dimensions: string[];
}

export interface ForecastTurn {
  /** Actor name → position per dimension (null where the actor takes no part). */
  positions: Record<string, (number | null)[]>;
  /** Capability×salience weighted median per dimension. */
  median?: (number | null)[];
  /** Capability×salience weighted mean per dimension. */
  mean?: (number | null)[];
  audit?: BdmDyadRecord[];
  bargains?: SmpBargainRecord[];
}

/** How one modelled unit (an issue, or a linked package) ended. */
export interface ForecastConvergence {
  dimensions: string[];
  rounds: number;
  converged: boolean;
}

export interface ForecastProvenance {
  engine: 'forecast';
  method: ForecastModel;
  parameters: Record<string, unknown>;
  seed?: number;
  inputHash: string;
  convergence: ForecastConvergence[];
  warnings: string[];
}

/** Quantiles, histogram and summary of the Monte Carlo forecasts on one dimension. */
export interface ForecastDistribution {
  dimension: string;
  runs: number;
  mean: number;
  sd: number;
  /** Probability → value, for 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95. */
  quantiles: Record<string, number>;
  histogram: { from: number; to: number; counts: number[] };
  /** Actors ordered by how strongly their uncertain inputs move this forecast. */
  sensitivity: SensitivityEntry[];
  convergence: MonteCarloConvergence;
}

export interface SensitivityEntry {
  actor: string;
  /** Largest |Spearman ρ| between one of the actor's drawn inputs and the forecast. */
  score: number;
  /** ρ per drawn input: `capability`, `position`, `salience`. */
  inputs: Record<string, number>;
}

export interface MonteCarloConvergence {
  /** Monte Carlo standard error of the mean forecast. */
  standardError: number;
  /** Median forecast after half of the runs and after all, to show stability. */
  halfRunMedian: number;
  /** Share of runs in which the simulation met its convergence rule before the round limit. */
  convergedShare: number;
  meanRounds: number;
}

/** The stable JSON result of `forecast` (and of Monte Carlo, which adds `distribution`). */
export interface ForecastResult {
  model: ForecastModel;
  dimensions: string[];
  actors: string[];
  turns: ForecastTurn[];
  final: Record<string, (number | null)[]>;
  forecast: (number | null)[];
  distribution?: ForecastDistribution[];
  provenance: ForecastProvenance;
}
