/** What a mechanism run returns: the agreement (if any), what it is worth, and the trace. */

/** One move in a session. `outcome` is an outcome index (decode with outcomeValues). */
export interface TraceEvent {
  round: number;
  /** Relative time in [0, 1). */
  t: number;
  /** Party id. Mediator moves use the mediator's name. */
  party: string;
  action: 'offer' | 'accept' | 'reject' | 'end' | 'leave' | 'propose' | 'adopt' | 'ratify';
  outcome?: number;
}

export type SessionEnd = 'agreement' | 'deadline' | 'walk-out' | 'no-concession' | 'rejected';

/** Where a result came from: enough to rerun it. */
export interface NegotiationProvenance {
  engine: 'negotiate';
  method: 'sao' | 'snt' | 'mcp';
  /** Seed of the random streams (absent for the deterministic MCP). */
  seed?: number;
  parameters: Record<string, unknown>;
}

export interface NegotiationResult {
  mechanism: 'sao' | 'snt' | 'mcp';
  provenance: NegotiationProvenance;
  table: string;
  /** Party ids at the table, in seat order; the arrays below follow it. */
  parties: string[];
  /** The agreed outcome index, or null. */
  agreement: number | null;
  /** The agreed value on each issue, or null. */
  agreementValues: (string | number)[] | null;
  /** Undiscounted utility of the agreement, or the reservation value without one. */
  utilities: number[];
  /** The same, discounted to the time the session ended: u·δ^t (reservation: r·δ^t). */
  discountedUtilities: number[];
  endedBy: SessionEnd;
  rounds: number;
  /** Relative time at the end. */
  t: number;
  /** Every move, when tracing is on. */
  trace: TraceEvent[];
}
