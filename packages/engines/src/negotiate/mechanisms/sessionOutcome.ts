/** Shared ending of every mechanism: what an agreement (or none) is worth to each seat. */
import { outcomeValues } from '../outcomeSpace.ts';
import type { PreparedDomain } from '../preparedDomain.ts';
import { discounted } from '../utilityTable.ts';
import type {
  NegotiationProvenance,
  NegotiationResult,
  SessionEnd,
  TraceEvent,
} from './negotiationResult.ts';
import type { SeatedTable } from './table.ts';

export function sessionOutcome(
  mechanism: NegotiationResult['mechanism'],
  prepared: PreparedDomain,
  table: SeatedTable,
  agreement: number,
  end: { endedBy: SessionEnd; rounds: number; t: number; trace: TraceEvent[] },
  provenance: Omit<NegotiationProvenance, 'engine' | 'method'>,
): NegotiationResult {
  const { table: utilities, domain } = prepared;
  const value = (i: number): number =>
    agreement >= 0 ? utilities.utilities[i]![agreement]! : utilities.reservation[i]!;
  return {
    mechanism,
    provenance: { engine: 'negotiate', method: mechanism, ...provenance },
    table: table.id,
    parties: table.parties.map((i) => domain.parties[i]!.id),
    agreement: agreement >= 0 ? agreement : null,
    agreementValues: agreement >= 0 ? outcomeValues(domain, utilities.space, agreement) : null,
    utilities: table.parties.map(value),
    discountedUtilities: table.parties.map((i) =>
      discounted(value(i), utilities.discount[i]!, end.t),
    ),
    ...end,
  };
}
