/**
 * Public types of the GMCR engine (Graph Model for Conflict Resolution; Fang, Hipel & Kilgour
 * 1993, "Interactive Decision Making: The Graph Model for Conflict Resolution", Wiley).
 *
 * States are integers. A state's *decimal* is Σ 2^k over the options k taken (option 0 = least
 * significant bit); feasible states are numbered by *state index* = rank of the decimal among the
 * feasible decimals (0-based; GMCR+ shows index + 1 as the state id).
 */
import type { Expr } from '@parley/model';

export type Reversibility = 'both' | 'forward-only' | 'backward-only';

/** The stability concepts computed for every analysis. */
export const CONCEPTS = ['nash', 'gmr', 'smr', 'seq', 'sim'] as const;
export type StabilityConcept = (typeof CONCEPTS)[number];

/** Engine input, independent of the scenario file format. Options are in bit order. */
export interface GmcrInput {
  options: readonly GmcrOptionInput[];
  decisionMakers: readonly { id: string; name: string }[];
  /** A state satisfying any of these is infeasible. */
  infeasible: readonly Expr<number>[];
  /** One per decision maker, in decision-maker order. */
  preferences: readonly DmPreference[];
  /** Per decision maker: states it does not perceive (GMCR misperception). Optional. */
  misperceived?: readonly (readonly Expr<number>[])[];
}

export interface GmcrOptionInput {
  id: string;
  label?: string;
  /** Index of the owning decision maker. */
  owner: number;
  reversibility: Reversibility;
  statusQuo?: boolean;
}

export type DmPreference =
  /** Prioritized statements, most important first: statement k of n weighs 2^(n-1-k). */
  | { kind: 'statements'; statements: readonly Expr<number>[] }
  /** Explicit ranking: tie groups of state decimals, most preferred first; must cover every feasible state. */
  | { kind: 'ranking'; ranking: readonly (readonly number[])[] };

/** An effective decision maker: one actor, or a coalition moving as one. */
export interface Mover {
  name: string;
  /** Decision-maker indices of the members (one for a singleton). */
  members: readonly number[];
}

/** One move in a path or sanction sequence, in state indices. */
export interface Move {
  from: number;
  to: number;
  /** Index into `GmcrAnalysis.movers`. */
  mover: number;
  /** Whether the move is a (coalitional) unilateral improvement for its mover. */
  improvement: boolean;
}
