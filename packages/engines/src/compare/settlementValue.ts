/**
 * What a whole settlement — the agreements of every table, or none — is worth to each actor, so
 * that architectures with different tables can be compared on one scale (docs/compare.md):
 *
 *     U_a = Σ_u (W_au / W_a) · v_au  +  Σ_{k at no table} (s_ak / W_a) · e_ak(o_ak)
 *
 * with W_a the actor's total salience over all issues, W_au its salience on table u's issues,
 * v_au its utility of table u's implemented agreement (its reservation value r_au at u when u
 * reached none, was blocked or never met), and o_ak its outside option on an issue no table
 * negotiates (the status quo; 0 where the scenario gives none). Each table's utility is the
 * salience-weighted linear closeness of negotiationDomainFromScenario, so U_a is the same
 * additive utility over all the actor's issues. Its reservation R_a is U_a with no agreement
 * anywhere — the same under every architecture — and its gain is U_a − R_a.
 */
import { quantityValue, type Scenario } from '@parley/model';
import type { PreparedDomain } from '../negotiate/preparedDomain.ts';
import { scenarioOutsideOptions } from '../negotiate/scenarioOutsideOptions.ts';
import type { NegotiationUnit } from './negotiationUnits.ts';

export interface SettlementModel {
  /** Actors with at least one position (with positive salience), in scenario order. */
  actors: string[];
  /** share[a][u] = W_au / W_a. */
  share: number[][];
  /** party[a][u] = the actor's party index in unit u's domain, or −1. */
  party: number[][];
  /** The untabled part of U_a (fixed). */
  untabled: number[];
  /** R_a. */
  reservation: number[];
}

export function settlementModel(
  scenario: Scenario,
  units: readonly NegotiationUnit[],
  prepared: readonly PreparedDomain[],
): SettlementModel {
  const outside = scenarioOutsideOptions(scenario);
  const tabled = new Set(units.flatMap((u) => u.issues));
  const model: SettlementModel = {
    actors: [],
    share: [],
    party: [],
    untabled: [],
    reservation: [],
  };
  for (const actor of scenario.actors) {
    const salience = (issueId: string): number => {
      const p = scenario.issues.find((i) => i.id === issueId)?.positions[actor.id];
      return p ? quantityValue(p.salience) : 0;
    };
    const total = scenario.issues.reduce((s, issue) => s + salience(issue.id), 0);
    if (total <= 0) continue;
    const share = units.map((u) => u.issues.reduce((s, id) => s + salience(id), 0) / total);
    const party = units.map((u, i) =>
      share[i]! > 0 ? prepared[i]!.domain.parties.findIndex((p) => p.id === actor.id) : -1,
    );
    let untabled = 0;
    for (const issue of scenario.issues) {
      const p = issue.positions[actor.id];
      if (!p || tabled.has(issue.id)) continue;
      const point = outside.outsideOptions[actor.id]?.[issue.id];
      const value =
        point !== undefined
          ? 1 -
            Math.abs(point - quantityValue(p.position)) / (issue.scale.max - issue.scale.min || 1)
          : (outside.reservations[actor.id] ?? 0);
      untabled += (quantityValue(p.salience) / total) * value;
    }
    const reservation =
      untabled +
      units.reduce((s, _, u) => {
        const i = party[u]!;
        return i < 0 ? s : s + share[u]! * prepared[u]!.table.reservation[i]!;
      }, 0);
    model.actors.push(actor.id);
    model.share.push(share);
    model.party.push(party);
    model.untabled.push(untabled);
    model.reservation.push(reservation);
  }
  return model;
}

/** U_a for the implemented outcome of each unit (−1: none). */
export function settlementUtility(
  model: SettlementModel,
  prepared: readonly PreparedDomain[],
  actor: number,
  implemented: readonly number[],
): number {
  let u = model.untabled[actor]!;
  implemented.forEach((x, unit) => {
    const i = model.party[actor]![unit]!;
    if (i < 0) return;
    const table = prepared[unit]!.table;
    u += model.share[actor]![unit]! * (x >= 0 ? table.utilities[i]![x]! : table.reservation[i]!);
  });
  return u;
}
