/**
 * Every party's utility of every outcome, as one Float64Array per party:
 *
 *     u_i(x) = min(cap_i, Σ_k w_ik · e_ik(x_k))
 *
 * The sum starts at 0 and adds `w_ik · e_ik` issue by issue in issue order, exactly as GENIUS's
 * `AdditiveUtilitySpace.getUtility` does, so utilities of imported GENIUS profiles are
 * bit-identical to GENIUS's own (research/negotiation.md §b).
 */
import { EngineError } from '../shared/engineError.ts';
import { outcomeSpace, type OutcomeSpace } from './outcomeSpace.ts';
import type { NegotiationDomain, NegotiationParty } from './types.ts';

export interface UtilityTable {
  readonly space: OutcomeSpace;
  /** utilities[i][x]: party i's utility of outcome x. */
  readonly utilities: Float64Array[];
  /** Reservation value per party. */
  readonly reservation: Float64Array;
  /** Discount factor per party (1 = none). */
  readonly discount: Float64Array;
}

/** Checks a domain's shape and computes its utility table. Throws EngineError on a malformed domain. */
export function utilityTable(domain: NegotiationDomain): UtilityTable {
  const space = outcomeSpace(domain.issues);
  domain.parties.forEach((party) => checkParty(domain, party));
  return {
    space,
    utilities: domain.parties.map((party) => partyUtilities(space, party)),
    reservation: Float64Array.from(domain.parties, (p) => p.reservation),
    discount: Float64Array.from(domain.parties, (p) => p.discount),
  };
}

/** One party's utility of a single outcome given by value indices (the same arithmetic as the table). */
export function utilityOf(party: NegotiationParty, valueIndices: readonly number[]): number {
  let u = 0;
  for (let k = 0; k < party.weights.length; k++) {
    u += party.weights[k]! * party.evaluations[k]![valueIndices[k]!]!;
  }
  return party.cap !== undefined && u > party.cap ? party.cap : u;
}

/** Utility discounted to relative time t ∈ [0, 1]: u·δ^t. */
export function discounted(utility: number, discount: number, t: number): number {
  return discount === 1 ? utility : utility * Math.pow(discount, t);
}

/**
 * Left-fold prefix sums, layer by layer: the sum over issues 0..j depends only on the digits
 * 0..j, i.e. on x mod stride_{j+1}, so layer j has stride_{j+1} entries and is built from layer
 * j−1 with one addition each. The additions are GENIUS's, in GENIUS's order, so the result is
 * bit-identical to summing per outcome — at about one addition per outcome instead of K.
 */
function partyUtilities(space: OutcomeSpace, party: NegotiationParty): Float64Array {
  let layer = Float64Array.of(0);
  for (let j = 0; j < space.radices.length; j++) {
    const evaluations = party.evaluations[j]!;
    const weight = party.weights[j]!;
    const m = layer.length;
    const next = new Float64Array(m * space.radices[j]!);
    for (let v = 0; v < evaluations.length; v++) {
      const term = weight * evaluations[v]!;
      const base = v * m;
      for (let a = 0; a < m; a++) next[base + a] = layer[a]! + term;
    }
    layer = next;
  }
  const cap = party.cap;
  if (cap !== undefined) for (let x = 0; x < layer.length; x++) if (layer[x]! > cap) layer[x] = cap;
  return layer;
}

function checkParty(domain: NegotiationDomain, party: NegotiationParty): void {
  const bad = (what: string): never => {
    throw new EngineError('negotiate/bad-domain', `party ${party.id}: ${what}`);
  };
  if (party.weights.length !== domain.issues.length) bad('one weight per issue expected');
  if (party.evaluations.length !== domain.issues.length)
    bad('one evaluation table per issue expected');
  domain.issues.forEach((issue, k) => {
    if (!Number.isFinite(party.weights[k])) bad(`weight of ${issue.id} is not a finite number`);
    const table = party.evaluations[k]!;
    if (table.length !== issue.values.length)
      bad(`evaluations of ${issue.id} need one number per value`);
    if (!table.every(Number.isFinite)) bad(`evaluations of ${issue.id} must be finite numbers`);
  });
  if (!Number.isFinite(party.reservation)) bad('reservation value must be finite');
  if (!(party.discount > 0 && party.discount <= 1)) bad('discount factor must be in (0, 1]');
}
