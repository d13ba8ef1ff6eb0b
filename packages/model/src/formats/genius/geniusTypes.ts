/**
 * What the GENIUS importer produces. `GeniusDomain` has exactly the shape of the negotiation
 * engine's `NegotiationDomain` (engines/negotiate/types.ts) — the model package sits below the
 * engines and cannot import it, so the shape is repeated here and a test in the engine checks
 * that the two stay assignable.
 */

export type GeniusIssueKind = 'discrete' | 'integer' | 'continuous';

export interface GeniusIssue {
  id: string;
  name: string;
  kind: GeniusIssueKind;
  /** Discrete labels, the integers lowerbound..upperbound, or a real issue's grid points. */
  values: (string | number)[];
}

/** One profile: u(x) = min(1, Σ_k weights[k] · evaluations[k][value index]). */
export interface GeniusParty {
  id: string;
  name: string;
  weights: number[];
  /** Per issue, the evaluator's value in GENIUS's semantics (research/negotiation.md §b). */
  evaluations: number[][];
  cap: number;
  /** The file's reservation value, 0 when absent (GENIUS's undiscounted reading). */
  reservation: number;
  /** The file's discount factor after GENIUS's validation (≤ 0 or > 1 becomes 1). */
  discount: number;
}

export interface GeniusDomain {
  name?: string;
  issues: GeniusIssue[];
  parties: GeniusParty[];
  warnings?: string[];
}

/** Facts about one profile that the domain itself does not carry. */
export interface GeniusProfileInfo {
  party: string;
  file?: string;
  /** False when the file has no usable `<reservation>` (GENIUS: null). */
  reservationGiven: boolean;
  /** False when the file has no usable `<discount_factor>`. */
  discountGiven: boolean;
  /** `type="UNCERTAIN"` (preference uncertainty, ANAC 2019): agents see only a ranking. */
  uncertain: boolean;
}

export interface GeniusImport {
  domain: GeniusDomain;
  /** GENIUS's `index` attribute of each issue, in issue order. */
  issueIndices: number[];
  profiles: GeniusProfileInfo[];
}

export interface ImportGeniusOptions {
  /** File names, used in diagnostics and to name the parties (`travel_chox.xml` → `travel_chox`). */
  files?: { domain?: string; profiles?: string[] };
  /** Grid points per real issue (GENIUS `IssueReal` default: 21). */
  realSteps?: number;
}
