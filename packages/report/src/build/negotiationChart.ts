/**
 * The data of a table's Pareto frontier chart. Two parties: their frontier. More: a pairwise
 * projection on the two lead parties — the track's `lead` and `co-lead` roles, then its chair,
 * then the parties in the order listed — showing the frontier of what those two can get
 * together (the upper-right boundary of the projected outcome space), with the n-party
 * benchmarks and the simulated agreements projected onto the same plane.
 */
import type { compare, negotiate } from '@parley/engines';
import { negotiate as engine } from '@parley/engines';
import type { Scenario } from '@parley/model';
import type { NegotiationBenchmark, NegotiationChart, UtilityPoint } from '../negotiationReport.ts';

/** The two parties the chart plots, as indices of the seated parties. */
export function leadPair(scenario: Scenario, unit: compare.NegotiationUnit): [number, number] {
  const leads = unit.parties.filter((p) =>
    (scenario.roles?.[p] ?? []).some(
      (r) =>
        (r.role === 'lead' || r.role === 'co-lead') &&
        r.track !== undefined &&
        unit.tracks.includes(r.track),
    ),
  );
  const chairs = (scenario.tracks ?? [])
    .filter((t) => unit.tracks.includes(t.id) && t.chair !== undefined)
    .map((t) => t.chair!);
  const order = [...new Set([...leads, ...chairs, ...unit.parties])].filter((p) =>
    unit.parties.includes(p),
  );
  const first = unit.parties.indexOf(order[0]!);
  const second = unit.parties.indexOf(order[1]!);
  return first < second ? [first, second] : [second, first];
}

export function negotiationChart(
  scenario: Scenario,
  unit: compare.NegotiationUnit,
  seated: negotiate.NegotiationDomain,
  benchmarks: readonly NegotiationBenchmark[],
  outcome: compare.UnitOutcome,
): NegotiationChart {
  const [a, b] = leadPair(scenario, unit);
  const table = engine.utilityTable(seated);
  const pair = [table.utilities[a]!, table.utilities[b]!];
  const frontier = engine
    .uniqueVectors(pair, engine.paretoFrontier(pair))
    .map((v) => [v[0]!, v[1]!] as UtilityPoint)
    .sort((p, q) => p[0] - q[0]);
  const project = (u: readonly number[]): UtilityPoint => [u[a]!, u[b]!];
  return {
    parties: [seated.parties[a]!.name, seated.parties[b]!.name],
    projected: seated.parties.length > 2,
    frontier,
    reservation: [seated.parties[a]!.reservation, seated.parties[b]!.reservation],
    benchmarks: benchmarks.map((x) => ({ name: x.name, point: project(x.utilities) })),
    agreements: outcome.agreements.map((x) => ({ point: project(x.utilities), count: x.count })),
  };
}
