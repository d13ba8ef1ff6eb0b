/**
 * A domain ready for simulation: its utility table, plus each party's outcomes sorted by
 * descending utility (computed on first use and cached), which the strategies use as an
 * inverse utility function. Prepare once and run many sessions on it: sessions never modify it.
 */
import { EngineError } from '../shared/engineError.ts';
import { sortIndicesDescending } from '../shared/sortIndices.ts';
import type { NegotiationDomain } from './types.ts';
import { utilityTable, type UtilityTable } from './utilityTable.ts';

export interface PreparedDomain {
  readonly domain: NegotiationDomain;
  readonly table: UtilityTable;
  /** Outcomes by party i's utility, best first; equal utilities by ascending outcome index. */
  sorted(party: number): Uint32Array;
  /** The index of a party id; throws for an unknown id. */
  partyIndex(id: string): number;
}

export function prepareDomain(domain: NegotiationDomain): PreparedDomain {
  const table = utilityTable(domain);
  const cache: (Uint32Array | undefined)[] = [];
  const ids = new Map(domain.parties.map((p, i) => [p.id, i]));
  return {
    domain,
    table,
    sorted(party) {
      return (cache[party] ??= sortIndicesDescending(table.utilities[party]!));
    },
    partyIndex(id) {
      const i = ids.get(id);
      if (i === undefined)
        throw new EngineError('negotiate/unknown-party', `no party ${id} in the domain`);
      return i;
    },
  };
}
