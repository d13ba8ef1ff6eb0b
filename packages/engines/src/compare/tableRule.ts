/**
 * A scenario track's decision rule as a negotiation table's rule, and the rule of a linked
 * package of tracks negotiated as one table.
 *
 * One track (docs/scenario-format.md, "tracks"):
 * - `unanimity` → every seated party must accept;
 * - `veto-players` → the listed veto players must accept and nobody else need (quorum = their
 *   number);
 * - `majority` → `quota` accepting parties (default: more than half the seats), including every
 *   listed veto player.
 *
 * A linked package must be accepted at every table in it (docs/compare.md). Each unanimity or
 * veto-players table asks for the consent of named parties, so the package asks for the union
 * of those parties — exactly "accepted at every table". A majority table counts heads; in a
 * package its quota is applied to the package as a whole (an approximation, said in a warning).
 */
import type { DecisionRule as ScenarioRule, Track } from '@parley/model';
import type { DecisionRule } from '../negotiate/mechanisms/table.ts';

export interface UnitRule {
  rule: DecisionRule;
  /** e.g. `unanimity`, `veto players: usa, dprk`, `majority 4 of 6 (veto: usa)`. */
  text: string;
  /** Parties whose consent the rule requires. */
  required: string[];
  warnings: string[];
}

/** The rule of a table seating `seated` (the tracks' parties that take positions). */
export function unitRule(tracks: readonly Track[], seated: readonly string[]): UnitRule {
  const isSeated = (id: string): boolean => seated.includes(id);
  const required = new Set<string>();
  let quota = 0;
  const warnings: string[] = [];
  for (const track of tracks) {
    const rule: ScenarioRule = track.decisionRule;
    if (rule.kind === 'unanimity') track.parties.filter(isSeated).forEach((p) => required.add(p));
    else (rule.vetoPlayers ?? []).filter(isSeated).forEach((p) => required.add(p));
    if (rule.kind === 'majority') {
      const parties = track.parties.filter(isSeated).length;
      quota = Math.max(quota, Math.min(parties, rule.quota ?? Math.floor(parties / 2) + 1));
      if (tracks.length > 1)
        warnings.push(
          `the majority rule of ${track.id} is applied to the whole linked package (an approximation)`,
        );
    }
  }
  const vetoPlayers = seated.filter((p) => required.has(p));
  if (quota === 0 && vetoPlayers.length === seated.length)
    return { rule: { kind: 'unanimity' }, text: 'unanimity', required: vetoPlayers, warnings };
  const quorum = Math.max(quota, vetoPlayers.length, 1);
  const text =
    quota === 0
      ? `veto players: ${vetoPlayers.join(', ')}`
      : `majority ${quorum} of ${seated.length}${vetoPlayers.length > 0 ? ` (veto: ${vetoPlayers.join(', ')})` : ''}`;
  return { rule: { kind: 'veto', vetoPlayers, quorum }, text, required: vetoPlayers, warnings };
}
