/**
 * `parley negotiate analyze --json`: the outcome-space statistics of a negotiation domain — the
 * Pareto frontier and the bargaining solutions, first with the disagreement point at utility 0
 * (every outcome rational), then with each party's reservation value as its disagreement point
 * (`withReservation`, where the rational outcomes are the zone of possible agreement).
 *
 * `mode: 'textbook'` (default) uses the published definitions (nashSolution.ts,
 * kalaiSmorodinsky.ts, egalitarian.ts, maxWelfare.ts). `mode: 'genius'` replaces Nash and
 * Kalai–Smorodinsky by GENIUS's own computations (geniusSolutions.ts): the top level is what
 * GENIUS reports for profiles without reservation values, `withReservation` what it reports with
 * them. Egalitarian and max-welfare have no GENIUS counterpart and stay textbook in both modes.
 */
import type { BargainingProblem } from './benchmarks/bargainingProblem.ts';
import { bargainingProblem } from './benchmarks/bargainingProblem.ts';
import { egalitarian } from './benchmarks/egalitarian.ts';
import { geniusFrontierOrder, geniusKalai, geniusNash } from './benchmarks/geniusSolutions.ts';
import { kalaiSmorodinsky } from './benchmarks/kalaiSmorodinsky.ts';
import { maxWelfare } from './benchmarks/maxWelfare.ts';
import { nashSolution } from './benchmarks/nashSolution.ts';
import { outcomeValues } from './outcomeSpace.ts';
import { paretoFrontier } from './pareto/paretoFrontier.ts';
import type { NegotiationDomain, NegotiationIssueKind, OutcomePoint } from './types.ts';
import { utilityTable, type UtilityTable } from './utilityTable.ts';

export type AnalysisMode = 'textbook' | 'genius';

export interface AnalyzeOptions {
  mode?: AnalysisMode;
}

/** The bargaining solutions for one disagreement point. */
export interface SolutionSet {
  /** Unique utility vectors of the (rational) Pareto set, by party 0's utility descending. */
  pareto: number[][];
  nash: OutcomePoint | null;
  kalaiSmorodinsky: OutcomePoint | null;
  egalitarian: OutcomePoint | null;
  maxWelfare: OutcomePoint | null;
}

export interface ZoneOfAgreement {
  /** Number of outcomes every party rates at least at its reservation value. */
  outcomes: number;
  empty: boolean;
  /** Present when the zone is empty. */
  note?: string;
}

export interface NegotiationAnalysis extends SolutionSet {
  mode: AnalysisMode;
  issues: { id: string; name: string; kind: NegotiationIssueKind; values: (string | number)[] }[];
  parties: { id: string; name: string; reservation: number; discount: number }[];
  outcomes: number;
  withReservation: SolutionSet & { reservation: number[]; zopa: ZoneOfAgreement };
}

/** Analyses a domain. Deterministic: the same domain gives the same JSON. */
export function analyzeNegotiation(
  domain: NegotiationDomain,
  options: AnalyzeOptions = {},
): NegotiationAnalysis {
  const mode = options.mode ?? 'textbook';
  const table = utilityTable(domain);
  const frontier = paretoFrontier(table.utilities);
  const zero = bargainingProblem(
    table.utilities,
    new Float64Array(domain.parties.length),
    frontier,
  );
  const rv = bargainingProblem(table.utilities, table.reservation, frontier);
  const withReservation = solutions(domain, table, rv, frontier, mode);
  const zopa: ZoneOfAgreement = { outcomes: rv.rationalCount, empty: rv.rationalCount === 0 };
  if (zopa.empty) {
    zopa.note =
      'no outcome gives every party at least its reservation value: there is no zone of possible agreement';
  }
  return {
    mode,
    issues: domain.issues.map(({ id, name, kind, values }) => ({
      id,
      name,
      kind,
      values: [...values],
    })),
    parties: domain.parties.map(({ id, name, reservation, discount }) => ({
      id,
      name,
      reservation,
      discount,
    })),
    outcomes: table.space.size,
    ...solutions(domain, table, zero, frontier, mode),
    withReservation: { reservation: Array.from(table.reservation), zopa, ...withReservation },
  };
}

function solutions(
  domain: NegotiationDomain,
  table: UtilityTable,
  problem: BargainingProblem,
  frontier: Uint32Array,
  mode: AnalysisMode,
): SolutionSet {
  const point = (x: number): OutcomePoint | null =>
    x < 0
      ? null
      : {
          outcome: outcomeValues(domain, table.space, x),
          utilities: table.utilities.map((u) => u[x]!),
        };
  let nash: number;
  let ks: number;
  if (mode === 'genius') {
    const order = geniusFrontierOrder(table.utilities, frontier);
    nash = geniusNash(table.utilities, problem.disagreement, order);
    ks = geniusKalai(table.utilities, order);
  } else {
    nash = nashSolution(problem);
    ks = kalaiSmorodinsky(problem);
  }
  return {
    pareto: uniqueVectors(table.utilities, problem.pareto),
    nash: point(nash),
    kalaiSmorodinsky: point(ks),
    egalitarian: point(egalitarian(problem)),
    maxWelfare: point(maxWelfare(problem)),
  };
}

/** The distinct utility vectors of some outcomes, sorted by party 0 descending, then party 1, … */
export function uniqueVectors(
  utilities: readonly Float64Array[],
  outcomes: Uint32Array,
): number[][] {
  const seen = new Set<string>();
  const out: number[][] = [];
  for (const x of outcomes) {
    const v = utilities.map((u) => u[x]!);
    const key = v.join(',');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out.sort((a, b) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
    return 0;
  });
}
