/**
 * The negotiation and comparison parts of the report model. The Negotiation section shows each
 * table of one architecture (the baseline): who sits there and how it decides, the bargaining
 * benchmarks over the parties' reservation values, what the simulations agreed, and the Pareto
 * frontier as chart data. The Comparison section carries the engine's comparison result
 * (engines/compare/compareTypes.ts) as it is: plain JSON, laid out as side-by-side tables, the
 * gains and losses against the baseline, the veto check, the summary and the caveats.
 */
import type { compare } from '@parley/engines';

/** A point in the utility plane of the chart's two parties. */
export type UtilityPoint = [number, number];

/**
 * The Pareto frontier chart of one table. With two parties it is their frontier; with more it
 * is a projection on the two lead parties (the track's `lead`/`co-lead`, then its chair, then
 * the first parties listed): the frontier of what those two can get, whatever the others get.
 */
export interface NegotiationChart {
  /** Display names of the x and y parties. */
  parties: [string, string];
  projected: boolean;
  /** The two parties' Pareto frontier, by x ascending. */
  frontier: UtilityPoint[];
  /** Their reservation values (the disagreement point). */
  reservation: UtilityPoint;
  benchmarks: { name: string; point: UtilityPoint }[];
  /** Distinct simulated agreements and how many runs reached each. */
  agreements: { point: UtilityPoint; count: number }[];
}

export interface NegotiationBenchmark {
  name: string;
  /** Value per issue, in the table's issue order. */
  outcome: number[];
  /** Utility per seated party. */
  utilities: number[];
}

export interface NegotiationTable {
  id: string;
  name: string;
  issues: { id: string; name: string }[];
  parties: { id: string; name: string; reservation: number }[];
  rule: string;
  mediator: string | null;
  mechanism: string;
  /** Values per issue on the simulation grid, and the outcomes they make. */
  steps: number;
  outcomes: number;
  /** Outcomes every party rates at least at its reservation value. */
  zopa: number;
  /** Nash, Kalai–Smorodinsky, egalitarian and max-welfare over the reservation values. */
  benchmarks: NegotiationBenchmark[];
  simulated: {
    runs: number;
    convened: number;
    agreement: number;
    blocked: number;
    implemented: number;
    meanRounds: number | null;
    meanNashDistance: number | null;
    meanAgreement: (number | null)[];
    blockers: { actor: string; rate: number }[];
    /** The most frequent agreements. */
    common: { outcome: number[]; utilities: number[]; count: number }[];
  };
  chart: NegotiationChart;
}

export interface NegotiationSection {
  kind: 'negotiation';
  id: string;
  title: string;
  /** Name of the architecture whose tables are shown. */
  architecture: string;
  settings: { runs: number; seed: number; rounds: number; mechanism: string; strategies: string[] };
  tables: NegotiationTable[];
  skipped: { track: string; reason: string }[];
}

export interface ComparisonSection {
  kind: 'comparison';
  id: string;
  title: string;
  comparison: compare.ComparisonResult;
}
