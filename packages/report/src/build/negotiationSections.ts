/**
 * Builds the Negotiation section from a comparison result: the tables of its baseline
 * architecture, each with the benchmarks of engines/negotiate (analyzeNegotiation, over the
 * seated parties' reservation values), the simulated agreements of the comparison, and the
 * Pareto frontier chart (negotiationChart.ts). The tables are rebuilt with the comparison's own
 * grid, so benchmarks and simulations share one outcome space.
 */
import { compare, negotiate } from '@parley/engines';
import { applyArchitecture, type Scenario } from '@parley/model';
import type {
  NegotiationBenchmark,
  NegotiationSection,
  NegotiationTable,
} from '../negotiationReport.ts';
import { negotiationChart } from './negotiationChart.ts';

const BENCHMARKS = [
  ['nash', 'Nash'],
  ['kalaiSmorodinsky', 'Kalai–Smorodinsky'],
  ['egalitarian', 'Egalitarian'],
  ['maxWelfare', 'Max welfare'],
] as const;

/** At most this many of the most frequent agreements are listed per table. */
const COMMON = 2;

export function negotiationSection(
  scenario: Scenario,
  result: compare.ComparisonResult,
): NegotiationSection {
  const base = result.architectures[0]!;
  const applied = applyArchitecture(scenario, result.baseline);
  const steps = result.settings.steps;
  const plan = compare.negotiationUnits(applied, typeof steps === 'number' ? { steps } : {});
  const tables = plan.units.flatMap((unit) => {
    const outcome = base.negotiation.units.find((u) => u.id === unit.id);
    return outcome ? [negotiationTable(applied, unit, outcome, result.settings.runs)] : [];
  });
  return {
    kind: 'negotiation',
    id: 'negotiation',
    title: 'Negotiation',
    architecture: base.name,
    settings: {
      runs: result.settings.runs,
      seed: result.settings.seed,
      rounds: result.settings.rounds,
      mechanism: result.settings.mechanism,
      strategies: result.settings.strategies,
    },
    tables,
    skipped: base.negotiation.skipped,
  };
}

function negotiationTable(
  scenario: Scenario,
  unit: compare.NegotiationUnit,
  outcome: compare.UnitOutcome,
  runs: number,
): NegotiationTable {
  // Seated parties in the table's order, the order of the comparison's utilities.
  const parties = unit.parties.map((id) => unit.domain.parties.find((p) => p.id === id)!);
  const seated = { ...unit.domain, parties };
  const analysis = negotiate.analyzeNegotiation(seated);
  const name = (id: string): string => scenario.actors.find((a) => a.id === id)?.name ?? id;
  const benchmarks: NegotiationBenchmark[] = BENCHMARKS.flatMap(([key, label]) => {
    const point = analysis.withReservation[key];
    return point
      ? [{ name: label, outcome: point.outcome as number[], utilities: point.utilities }]
      : [];
  });
  return {
    id: unit.id,
    name: unit.name,
    issues: unit.issues.map((id) => ({ id, name: scenario.issues.find((i) => i.id === id)!.name })),
    parties: seated.parties.map((p) => ({ id: p.id, name: p.name, reservation: p.reservation })),
    rule: outcome.rule,
    mediator: unit.mediator ? name(unit.mediator) : null,
    mechanism: outcome.mechanism,
    steps: outcome.steps,
    outcomes: analysis.outcomes,
    zopa: analysis.withReservation.zopa.outcomes,
    benchmarks,
    simulated: {
      runs,
      convened: outcome.convened,
      agreement: outcome.agreement,
      blocked: outcome.blocked,
      implemented: outcome.implemented,
      meanRounds: outcome.meanRounds,
      meanNashDistance: outcome.meanNashDistance,
      meanAgreement: outcome.meanAgreement,
      blockers: outcome.blockers.map((b) => ({ actor: name(b.actor), rate: b.rate })),
      common: outcome.agreements.slice(0, COMMON),
    },
    chart: negotiationChart(scenario, unit, seated, benchmarks, outcome),
  };
}
