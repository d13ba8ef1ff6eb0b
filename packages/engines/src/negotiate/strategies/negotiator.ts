/**
 * The strategy interface of an automated negotiator. Actions are numbers so that a turn
 * allocates nothing (simulations run 10^5+ turns per second): an outcome index ≥ 0 is an offer,
 * `ACCEPT` accepts the standing offer, `END` walks away.
 */
import type { Rng } from '../../shared/rng.ts';

export const ACCEPT = -1;
export const END = -2;

/** What a negotiator knows about itself when a session starts. */
export interface NegotiatorSetup {
  /** Its own utility of every outcome. */
  utilities: Float64Array;
  /** Outcomes by its utility, best first (an inverse utility function). */
  sorted: Uint32Array;
  reservation: number;
  /** Number of parties at the table, and this negotiator's seat (0-based speaking order). */
  parties: number;
  seat: number;
  /** Its own seeded random stream. */
  rng: Rng;
}

/** The state a negotiator sees on its turn. The object is reused: do not keep it. */
export interface Turn {
  /** The standing offer, or -1 on the opening turn. */
  offer: number;
  /** The seat of the party that made the standing offer, or -1. */
  proposer: number;
  round: number;
  /** Relative time in [0, 1). */
  t: number;
}

export interface Negotiator {
  readonly name: string;
  init(setup: NegotiatorSetup): void;
  /** An outcome index to offer, `ACCEPT` (only when there is an offer) or `END`. */
  act(turn: Turn): number;
}

/** A named way to build negotiators; `create` is called once per session and seat. */
export interface StrategySpec {
  name: string;
  create: () => Negotiator;
}
