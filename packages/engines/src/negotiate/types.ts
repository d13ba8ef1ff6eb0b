/**
 * The negotiation engine's domain: a Cartesian outcome space over enumerated issues and one
 * linear additive utility function per party. Plain JSON-able data, so importers (GENIUS XML,
 * scenarios) can build it without importing the engine, and results can quote it.
 *
 *     u_i(x) = min(cap_i, Σ_k w_ik · e_ik(x_k))        (summed in issue order)
 *
 * with `e_ik` given as a table over issue k's values. GENIUS files give exactly this form
 * (research/negotiation.md §b), including the cap of 1 and no weight renormalisation. The
 * reservation value r_i is the utility of no agreement (the party's BATNA); with a discount
 * factor δ_i < 1 an agreement at relative time t is worth u_i(x)·δ_i^t and no agreement r_i·δ_i^t.
 */

/**
 * `discrete`: unordered labels; `integer`: consecutive integers; `continuous`: a real interval
 * discretised to the listed grid points.
 */
export type NegotiationIssueKind = 'discrete' | 'integer' | 'continuous';

export interface NegotiationIssue {
  id: string;
  name: string;
  kind: NegotiationIssueKind;
  /** The values an agreement can take on this issue, in the issue's own order. */
  values: (string | number)[];
}

export interface NegotiationParty {
  id: string;
  name: string;
  /** One weight per issue (w_ik). Not renormalised. */
  weights: number[];
  /** Per issue, one evaluation per value (e_ik), usually in [0, 1]. */
  evaluations: number[][];
  /** Upper clamp of the sum (GENIUS: 1). Absent means no clamp. */
  cap?: number;
  /** Utility of no agreement (BATNA). 0 when the source gives none. */
  reservation: number;
  /** Discount factor per unit of relative time, in (0, 1]; 1 means no discounting. */
  discount: number;
}

/** A multi-issue negotiation: issues, and the parties with their utility functions. */
export interface NegotiationDomain {
  /** Optional name (file or scenario id). */
  name?: string;
  issues: NegotiationIssue[];
  parties: NegotiationParty[];
  /** Notes from building the domain (defaults applied, actors left out). */
  warnings?: string[];
}

/** One outcome and what it is worth to each party, as analysis results report it. */
export interface OutcomePoint {
  /** The value chosen on each issue, in issue order. */
  outcome: (string | number)[];
  /** Utility per party, in party order. */
  utilities: number[];
}
