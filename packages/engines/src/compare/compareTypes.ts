/**
 * The plain-JSON result of `compareArchitectures` (documented field by field in docs/compare.md
 * and docs/cli.md, `parley compare --json`). Rates are shares of the runs in [0, 1]; utilities
 * are on [0, 1]; issue values are on the issue's scale.
 */
import type { CompareMechanism } from './unitSession.ts';

/** One table of an architecture as simulated. */
export interface UnitOutcome {
  /** Track id, or the ids of a linked package joined by `+`. */
  id: string;
  name: string;
  tracks: string[];
  /** Sequencing step, 0 first. */
  step: number;
  issues: string[];
  /** Seated parties (those with positions), in the order the tracks list them. */
  parties: string[];
  mediator: string | null;
  mechanism: 'sao' | 'snt' | 'mcp';
  rule: string;
  /** Parties whose consent the rule requires. */
  required: string[];
  /** Values per issue scale on the simulation grid. */
  steps: number;
  /** Seated parties' reservation values at this table. */
  reservation: number[];
  /** Outcomes every seated party rates at least at its reservation value. */
  zopa: number;
  /** The Nash bargaining solution among the seated parties over their reservation values. */
  nash: { outcome: number[]; utilities: number[] } | null;
  /** Share of runs in which the table met (a sequenced table waits for the earlier steps). */
  convened: number;
  /** Share of runs in which the table reached an agreement. */
  agreement: number;
  /** Share of runs in which an agreement was reached but an implementation veto blocked it. */
  blocked: number;
  /** Share of runs in which the agreement was carried out. */
  implemented: number;
  /** Mean rounds of the sessions that reached an agreement, or null. */
  meanRounds: number | null;
  /** Mean Euclidean distance in the seated parties' utility space from the result to the Nash point. */
  meanNashDistance: number | null;
  /** Mean distance from the result to the nearest Pareto-optimal point. */
  meanParetoDistance: number | null;
  /** Mean agreed value per issue (over the agreements reached), or null. */
  meanAgreement: (number | null)[];
  /** Who blocked, with the share of runs in which they did. */
  blockers: { actor: string; rate: number }[];
  /** Distinct agreements reached: issue values, seated utilities, how many runs. */
  agreements: { outcome: number[]; utilities: number[]; count: number }[];
}

export interface IssueOutcome {
  id: string;
  name: string;
  /** Table that negotiates it, or null (it stays at the status quo). */
  unit: string | null;
  /** Share of runs in which an implemented agreement settled it. */
  settled: number;
  /** Mean settled value over those runs, or null. */
  meanSettled: number | null;
  /** Mean over all runs, counting the status quo where it was not settled; null without a status quo. */
  expected: number | null;
  statusQuo: number | null;
}

export interface ActorOutcome {
  id: string;
  name: string;
  /** Mean utility of the whole settlement (settlementValue.ts). */
  utility: number;
  /** Utility with no agreement anywhere. */
  reservation: number;
  /** utility − reservation. */
  gain: number;
  /** Seated at some table. */
  seated: boolean;
}

export interface ArchitectureNegotiation {
  runs: number;
  units: UnitOutcome[];
  skipped: { track: string; reason: string }[];
  /** Share of runs in which every table's agreement was carried out. */
  fullAgreement: number;
  /** Share of runs in which at least one table agreed. */
  anyAgreement: number;
  /** Share of runs in which an implementation veto blocked at least one agreement. */
  blocked: number;
  meanRounds: number | null;
  meanNashDistance: number | null;
  issues: IssueOutcome[];
  actors: ActorOutcome[];
}

export interface IssueForecastRow {
  id: string;
  name: string;
  /** Forecast per model, in `models` order. */
  values: (number | null)[];
}

export interface ArchitectureForecast {
  models: string[];
  issues: IssueForecastRow[];
  /** Actor id → issue id → the factor its salience was multiplied by (only factors ≠ 1). */
  discounted: Record<string, Record<string, number>>;
  warnings: string[];
}

export interface GmcrStateInfo {
  /** 1-based state id. */
  id: number;
  yn: string;
  /** The options taken, by owner (the key deltas compare by). */
  state: string;
  /** What differs from the status quo, in words. */
  change: string;
  concepts: string[];
}

export interface ArchitectureGmcr {
  feasibleStates: number;
  /** The options this architecture fixes or removes, and its added conditions. */
  changes: string[];
  statusQuo: { id: number; yn: string; stableUnder: string[] } | null;
  equilibria: Record<string, number>;
  /** Equilibria (any concept) reachable from the status quo by unilateral improvements. */
  reachable: GmcrStateInfo[];
}

export interface ArchitectureResult {
  id: string;
  name: string;
  description: string | null;
  baseline: boolean;
  sequencing: 'parallel' | 'sequenced' | 'linked';
  vetoes: { id: string; holders: string[]; issues: string[] }[];
  negotiation: ArchitectureNegotiation;
  forecast: ArchitectureForecast;
  gmcr: ArchitectureGmcr | null;
}

export interface ActorDelta {
  actor: string;
  name: string;
  /** Settlement utility minus the baseline's. */
  utility: number;
  verdict: 'gains' | 'loses' | 'same';
}

export interface ArchitectureDelta {
  architecture: string;
  fullAgreement: number;
  blocked: number;
  actors: ActorDelta[];
  /** Expected value minus the baseline's, per issue (null where either is null). */
  issues: { id: string; expected: number | null; forecast: (number | null)[] }[];
  gmcr: { gained: string[]; lost: string[] } | null;
}

export interface CompareSettings {
  architectures: string[];
  runs: number;
  seed: number;
  rounds: number;
  strategies: string[];
  mechanism: CompareMechanism;
  steps: number | 'adaptive';
  outsiderSalience: number;
  forecastModels: string[];
  /** A utility difference smaller than this counts as no change. */
  tolerance: number;
}

export interface ComparisonResult {
  scenario: { id: string; title: string };
  baseline: string;
  settings: CompareSettings;
  architectures: ArchitectureResult[];
  deltas: ArchitectureDelta[];
  summary: string[];
  caveats: string[];
  provenance: {
    engine: 'compare';
    method: 'architectures';
    seed: number;
    parameters: Record<string, unknown>;
    warnings: string[];
  };
}
