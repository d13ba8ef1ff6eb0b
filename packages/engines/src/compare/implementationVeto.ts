/**
 * Implementation vetoes (scenario `vetoes`, rule `any-holder-blocks`): an agreement is carried
 * out only if no holder of a veto over one of its issues blocks it. The rule Parley applies
 * (docs/compare.md): a holder blocks when the agreement is worth less to it than its reservation
 * value at that table — both measured on the table's issues with its own utility — i.e. when
 * carrying the deal out would leave it worse off than no deal. Seated or not: a seated holder
 * whose consent the table required accepted the deal and never blocks it (no strategy accepts
 * below its reservation value); the rule bites for outsiders and for holders seated without a
 * veto at the table. A holder without a position on the table's issues is indifferent and does
 * not block. Vetoes over GMCR options concern the graph model, not the negotiation.
 */
import { vetoHoldersOver, type Scenario } from '@parley/model';
import type { PreparedDomain } from '../negotiate/preparedDomain.ts';
import type { NegotiationUnit } from './negotiationUnits.ts';

/** Holders of a veto over any issue of the unit, as party indices of its domain. */
export function vetoParties(
  scenario: Scenario,
  unit: NegotiationUnit,
  prepared: PreparedDomain,
): number[] {
  const holders = new Set(unit.issues.flatMap((issue) => vetoHoldersOver(scenario, { issue })));
  return prepared.domain.parties.flatMap((p, i) => (holders.has(p.id) ? [i] : []));
}

/** The veto holders (party indices) who would block carrying out `outcome`. */
export function blockingParties(
  prepared: PreparedDomain,
  holders: readonly number[],
  outcome: number,
): number[] {
  const { utilities, reservation } = prepared.table;
  // A hair of tolerance: an outcome worth exactly the reservation value is not "worse off".
  return holders.filter((i) => utilities[i]![outcome]! < reservation[i]! - 1e-12);
}
