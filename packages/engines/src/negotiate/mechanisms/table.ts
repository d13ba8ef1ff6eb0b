/**
 * A negotiating table: who sits at it (in speaking order), how it decides, and who chairs or
 * mediates it. Mechanisms take a table as input so that a later tracks layer can run several
 * tables — each with its own issues (its own domain), parties, decision rule and mediator —
 * and link them.
 *
 * Decision rules:
 * - `unanimity`: a proposal passes when every party at the table accepts it (SAOP, Aydoğan et
 *   al. 2017; NegMAS's `n_acceptances == n_participating`).
 * - `veto`: it passes when every named veto player accepts it and at least `quorum` parties in
 *   all do (default: a simple majority of the table, and never fewer than the veto players).
 */
import { EngineError } from '../../shared/engineError.ts';
import type { PreparedDomain } from '../preparedDomain.ts';
import type { Mediator } from './mediator.ts';

export type DecisionRule =
  { kind: 'unanimity' } | { kind: 'veto'; vetoPlayers: string[]; quorum?: number };

export interface Table {
  id?: string;
  /** Party ids at the table, in speaking order. Default: every party, in domain order. */
  parties?: string[];
  /** Default: unanimity. */
  rule?: DecisionRule;
  /** The chair or mediator (used by the single-negotiating-text mechanism). */
  mediator?: Mediator;
}

/** A table resolved against a domain: party indices and the rule as numbers. */
export interface SeatedTable {
  id: string;
  /** Domain party index of each seat. */
  parties: number[];
  /** Per seat: must this party accept for a proposal to pass? */
  required: Uint8Array;
  /** Minimum number of accepting seats. */
  quorum: number;
}

export function seatTable(prepared: PreparedDomain, table: Table = {}): SeatedTable {
  const ids = table.parties ?? prepared.domain.parties.map((p) => p.id);
  if (ids.length === 0)
    throw new EngineError('negotiate/empty-table', 'a table needs at least one party');
  if (new Set(ids).size !== ids.length)
    throw new EngineError('negotiate/duplicate-party', 'a party sits at the table twice');
  const parties = ids.map((id) => prepared.partyIndex(id));
  const rule = table.rule ?? { kind: 'unanimity' };
  const required = new Uint8Array(ids.length);
  let quorum = ids.length;
  if (rule.kind === 'unanimity') required.fill(1);
  else {
    for (const v of rule.vetoPlayers) {
      const seat = ids.indexOf(v);
      if (seat < 0)
        throw new EngineError(
          'negotiate/unknown-veto-player',
          `veto player ${v} is not at the table`,
        );
      required[seat] = 1;
    }
    quorum = Math.max(rule.quorum ?? Math.floor(ids.length / 2) + 1, rule.vetoPlayers.length);
    if (quorum > ids.length)
      throw new EngineError(
        'negotiate/bad-quorum',
        `quorum ${quorum} exceeds the ${ids.length} seats`,
      );
  }
  return { id: table.id ?? 'table', parties, required, quorum };
}

/** Does a set of accepting seats pass a proposal at this table? */
export function passes(table: SeatedTable, accepted: Uint8Array): boolean {
  let count = 0;
  for (let s = 0; s < accepted.length; s++) {
    if (accepted[s]) count++;
    else if (table.required[s]) return false;
  }
  return count >= table.quorum;
}

/** A table as plain JSON for provenance (the mediator by name). */
export function tableParameters(table: Table = {}): Record<string, unknown> {
  const { mediator, ...rest } = table;
  return mediator ? { ...rest, mediator: mediator.name } : rest;
}
