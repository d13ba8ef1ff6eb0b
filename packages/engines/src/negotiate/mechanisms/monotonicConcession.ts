/**
 * Monotonic Concession Protocol with the Zeuthen strategy (Rosenschein & Zlotkin, Rules of
 * Encounter, MIT Press 1994; multilateral form: Endriss, "Monotonic concession protocols for
 * multilateral negotiation", AAMAS 2006). Chosen as the third mechanism because its moves are
 * SIMULTANEOUS: no party speaks first, so — unlike SAOP — the result does not depend on an
 * arbitrary speaking order, which matters at a diplomatic table; and in the bilateral case the
 * Zeuthen strategy is known to end at (or next to) the Nash bargaining solution (Harsanyi 1956),
 * a built-in cross-check against the benchmarks.
 *
 * Each round every party has one proposal on the table (first: its best outcome).
 * - Agreement: proposal x_k is acceptable to party i when u_i(x_k) ≥ u_i(x_i); if the parties
 *   accepting some proposal satisfy the decision rule, the session ends with it (with several,
 *   the one with the largest Π_i (u_i − r_i), then the lowest seat).
 * - Otherwise some parties concede. Zeuthen: party i's willingness to risk conflict is
 *   Z_i = (u_i(x_i) − min_j u_i(x_j)) / (u_i(x_i) − r_i) (0 when u_i(x_i) ≤ r_i); the parties
 *   with the smallest Z (within 1e-12) that can still concede do so. A concession is a new proposal at least
 *   as good for every other party as the old one and better for one (Endriss's monotonicity),
 *   worth at least r_i to the conceder; it is the one the conceder loses least by (ties: more
 *   for the others, then lowest outcome index).
 * - When nobody can concede the session ends in conflict ("no-concession").
 */
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import type { PreparedDomain } from '../preparedDomain.ts';
import { relativeTimer, type Deadline } from './deadline.ts';
import type { NegotiationResult, SessionEnd, TraceEvent } from './negotiationResult.ts';
import { sessionOutcome } from './sessionOutcome.ts';
import { passes, seatTable, tableParameters, type SeatedTable, type Table } from './table.ts';

/** Risks within this distance count as equal (all those parties concede). */
const Z_TIE = 1e-12;

export interface McpOptions {
  table?: Table;
  deadline: Deadline;
  trace?: boolean;
  signal?: AbortSignal;
}

export function monotonicConcession(
  prepared: PreparedDomain,
  options: McpOptions,
): NegotiationResult {
  const table = seatTable(prepared, options.table);
  const u = table.parties.map((i) => prepared.table.utilities[i]!);
  const r = table.parties.map((i) => prepared.table.reservation[i]!);
  const ids = table.parties.map((i) => prepared.domain.parties[i]!.id);
  const clock = relativeTimer(options.deadline);
  const tracing = options.trace ?? true;
  const trace: TraceEvent[] = [];
  const proposals = table.parties.map((i) => prepared.sorted(i)[0]!);
  const rounds = options.deadline.rounds;
  let endedBy: SessionEnd = 'deadline';
  let agreement = -1;
  let round = 0;
  let t = 0;
  for (; round < rounds; round++) {
    throwIfAborted(options.signal);
    t = clock(round, rounds);
    if (t >= 1) break;
    if (tracing)
      proposals.forEach((x, s) =>
        trace.push({ round, t, party: ids[s]!, action: 'offer', outcome: x }),
      );
    agreement = agreed(table, u, r, proposals);
    if (agreement >= 0) {
      endedBy = 'agreement';
      break;
    }
    const moves = concessions(u, r, proposals);
    if (moves.every((m) => m < 0)) {
      endedBy = 'no-concession';
      break;
    }
    moves.forEach((m, s) => {
      if (m >= 0) proposals[s] = m;
    });
  }
  if (endedBy === 'agreement' && tracing)
    trace.push({ round, t, party: table.id, action: 'adopt', outcome: agreement });
  return sessionOutcome(
    'mcp',
    prepared,
    table,
    agreement,
    { endedBy, rounds: Math.min(round + 1, rounds), t, trace },
    { parameters: { rounds, table: tableParameters(options.table), strategy: 'zeuthen' } },
  );
}

/** The proposal the rule accepts (best Nash product over reservation values), or -1. */
function agreed(table: SeatedTable, u: Float64Array[], r: number[], proposals: number[]): number {
  const accepted = new Uint8Array(proposals.length);
  let best = -1;
  let bestProduct = Number.NEGATIVE_INFINITY;
  for (const x of proposals) {
    for (let i = 0; i < proposals.length; i++)
      accepted[i] = u[i]![x]! >= u[i]![proposals[i]!]! ? 1 : 0;
    if (!passes(table, accepted)) continue;
    let product = 1;
    for (let i = 0; i < proposals.length; i++) product *= u[i]![x]! - r[i]!;
    if (product > bestProduct) {
      best = x;
      bestProduct = product;
    }
  }
  return best;
}

/** Per seat: its new proposal if it concedes this round, else -1. */
function concessions(u: Float64Array[], r: number[], proposals: number[]): number[] {
  const n = proposals.length;
  const options = proposals.map((_, i) => bestConcession(u, r, proposals, i));
  const z = proposals.map((x, i) => {
    const own = u[i]![x]!;
    if (own <= r[i]!) return 0;
    let worst = own;
    for (const y of proposals) worst = Math.min(worst, u[i]![y]!);
    return (own - worst) / (own - r[i]!);
  });
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) if (options[i]! >= 0) least = Math.min(least, z[i]!);
  // Equal risks computed along different floating-point paths can differ in the last bits.
  return options.map((m, i) => (m >= 0 && z[i]! <= least + Z_TIE ? m : -1));
}

/** Seat i's least costly concession from its current proposal, or -1 when it has none. */
function bestConcession(u: Float64Array[], r: number[], proposals: number[], i: number): number {
  const from = proposals[i]!;
  const size = u[0]!.length;
  let best = -1;
  let bestOwn = Number.NEGATIVE_INFINITY;
  let bestOthers = Number.NEGATIVE_INFINITY;
  for (let y = 0; y < size; y++) {
    const own = u[i]![y]!;
    if (own < r[i]! || own < bestOwn) continue;
    let strict = false;
    let weak = true;
    let others = 0;
    for (let j = 0; j < u.length && weak; j++) {
      if (j === i) continue;
      const a = u[j]![y]!;
      const b = u[j]![from]!;
      if (a < b) weak = false;
      else if (a > b) strict = true;
      others += a;
    }
    if (!weak || !strict) continue;
    if (own > bestOwn || others > bestOthers) {
      best = y;
      bestOwn = own;
      bestOthers = others;
    }
  }
  return best;
}
