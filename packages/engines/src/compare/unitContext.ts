/**
 * Everything a table's sessions share, computed once per table: the prepared domain, the seated
 * parties' utilities, their Pareto frontier and Nash point over their reservation values (for
 * the distance measures of tournament/sessionMetrics.ts), the zone of possible agreement, the
 * implementation-veto holders, and a tally of the sessions.
 */
import { uniqueVectors } from '../negotiate/analyzeNegotiation.ts';
import { bargainingProblem } from '../negotiate/benchmarks/bargainingProblem.ts';
import { nashSolution } from '../negotiate/benchmarks/nashSolution.ts';
import { valueIndices } from '../negotiate/outcomeSpace.ts';
import { paretoFrontier } from '../negotiate/pareto/paretoFrontier.ts';
import { prepareDomain, type PreparedDomain } from '../negotiate/preparedDomain.ts';
import type { Scenario } from '@parley/model';
import { vetoParties } from './implementationVeto.ts';
import type { NegotiationUnit } from './negotiationUnits.ts';

export interface UnitContext {
  unit: NegotiationUnit;
  prepared: PreparedDomain;
  /** Domain party index of each seated party. */
  seated: number[];
  seatedUtilities: Float64Array[];
  reservation: number[];
  frontier: number[][];
  nashOutcome: number;
  nash: number[] | null;
  zopa: number;
  vetoHolders: number[];
  tally: UnitTally;
}

export interface UnitTally {
  convened: number;
  agreed: number;
  blocked: number;
  implemented: number;
  rounds: number;
  nashDistance: number;
  nashCount: number;
  paretoDistance: number;
  /** Domain party index → runs in which it blocked. */
  blockers: Map<number, number>;
  /** Outcome index → runs that agreed on it. */
  agreements: Map<number, number>;
  /** Outcome index → runs that agreed on it and carried it out. */
  carriedOut: Map<number, number>;
}

export function unitContext(scenario: Scenario, unit: NegotiationUnit): UnitContext {
  const prepared = prepareDomain(unit.domain);
  const seated = unit.parties.map((id) => prepared.partyIndex(id));
  const seatedUtilities = seated.map((i) => prepared.table.utilities[i]!);
  const reservation = seated.map((i) => prepared.table.reservation[i]!);
  const frontierOutcomes = paretoFrontier(seatedUtilities);
  const problem = bargainingProblem(
    seatedUtilities,
    Float64Array.from(reservation),
    frontierOutcomes,
  );
  const nashOutcome = nashSolution(problem);
  return {
    unit,
    prepared,
    seated,
    seatedUtilities,
    reservation,
    frontier: uniqueVectors(seatedUtilities, frontierOutcomes),
    nashOutcome,
    nash: nashOutcome >= 0 ? seatedUtilities.map((u) => u[nashOutcome]!) : null,
    zopa: problem.rationalCount,
    vetoHolders: vetoParties(scenario, unit, prepared),
    tally: {
      convened: 0,
      agreed: 0,
      blocked: 0,
      implemented: 0,
      rounds: 0,
      nashDistance: 0,
      nashCount: 0,
      paretoDistance: 0,
      blockers: new Map(),
      agreements: new Map(),
      carriedOut: new Map(),
    },
  };
}

/** The issue values of an outcome of the unit's domain. */
export function unitValues(ctx: UnitContext, outcome: number): number[] {
  const indices = valueIndices(ctx.prepared.table.space, outcome);
  return indices.map((v, k) => ctx.prepared.domain.issues[k]!.values[v] as number);
}
