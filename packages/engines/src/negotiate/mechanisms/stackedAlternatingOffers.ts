/**
 * Stacked Alternating Offers Protocol, SAOP (Aydoğan, Festen, Hindriks & Jonker, "Alternating
 * offers protocols for multilateral negotiation", in Modern Approaches to Agent-based Complex
 * Automated Negotiation, Springer 2017; NegMAS `SAOMechanism`): the parties speak in turn, in
 * seat order. On its turn a party accepts the standing offer, replaces it with its own
 * (counter-)offer, or walks away. A proposal counts as accepted by its proposer; it passes when
 * the accepting parties satisfy the table's decision rule — under unanimity, when every other
 * party has accepted it in turn. A round is one turn per seated party.
 *
 * Walking away ends the session when the party's consent is required (everyone, under
 * unanimity; a veto player otherwise); any other party just leaves the table, and the session
 * ends when too few remain to reach the quorum.
 */
import { EngineError } from '../../shared/engineError.ts';
import { createRng } from '../../shared/rng.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import type { PreparedDomain } from '../preparedDomain.ts';
import { ACCEPT, END, type Negotiator, type Turn } from '../strategies/negotiator.ts';
import { relativeTimer, type Deadline } from './deadline.ts';
import type { NegotiationResult, SessionEnd, TraceEvent } from './negotiationResult.ts';
import { sessionOutcome } from './sessionOutcome.ts';
import { passes, seatTable, tableParameters, type Table } from './table.ts';

export interface SaoOptions {
  table?: Table;
  deadline: Deadline;
  /** Seed of the negotiators' random streams (stream = seat). Default 0. */
  seed?: number;
  /** Record every move (default true). */
  trace?: boolean;
  signal?: AbortSignal;
}

/** Runs one SAOP session; `negotiators[s]` plays seat s of the table. */
export function stackedAlternatingOffers(
  prepared: PreparedDomain,
  negotiators: readonly Negotiator[],
  options: SaoOptions,
): NegotiationResult {
  const table = seatTable(prepared, options.table);
  const seats = table.parties.length;
  if (negotiators.length !== seats) {
    throw new EngineError(
      'negotiate/seat-mismatch',
      `${seats} seats but ${negotiators.length} negotiators`,
    );
  }
  const clock = relativeTimer(options.deadline);
  const size = prepared.table.space.size;
  negotiators.forEach((n, s) => {
    const i = table.parties[s]!;
    n.init({
      utilities: prepared.table.utilities[i]!,
      sorted: prepared.sorted(i),
      reservation: prepared.table.reservation[i]!,
      parties: seats,
      seat: s,
      rng: createRng(options.seed ?? 0, s),
    });
  });
  const tracing = options.trace ?? true;
  const trace: TraceEvent[] = [];
  const ids = table.parties.map((i) => prepared.domain.parties[i]!.id);
  const accepted = new Uint8Array(seats);
  const left = new Uint8Array(seats);
  let present = seats;
  const turn: Turn = { offer: -1, proposer: -1, round: 0, t: 0 };
  const totalTurns = options.deadline.rounds * seats;
  let endedBy: SessionEnd = 'deadline';
  let agreement = -1;
  let step = 0;
  for (; step < totalTurns; step++) {
    if ((step & 1023) === 0) throwIfAborted(options.signal);
    const s = step % seats;
    if (left[s]) continue;
    turn.round = Math.floor(step / seats);
    turn.t = clock(step, totalTurns);
    if (turn.t >= 1) break;
    const action = negotiators[s]!.act(turn);
    if (action === ACCEPT) {
      if (turn.offer < 0)
        throw new EngineError(
          'negotiate/accept-nothing',
          `${negotiators[s]!.name} accepted with no offer on the table`,
        );
      accepted[s] = 1;
      if (tracing)
        trace.push({
          round: turn.round,
          t: turn.t,
          party: ids[s]!,
          action: 'accept',
          outcome: turn.offer,
        });
    } else if (action === END) {
      if (tracing)
        trace.push({
          round: turn.round,
          t: turn.t,
          party: ids[s]!,
          action: table.required[s] ? 'end' : 'leave',
        });
      left[s] = 1;
      accepted[s] = 0;
      present--;
      if (table.required[s] || present < table.quorum) {
        endedBy = 'walk-out';
        break;
      }
    } else {
      if (!Number.isInteger(action) || action < 0 || action >= size) {
        throw new EngineError(
          'negotiate/bad-offer',
          `${negotiators[s]!.name} offered ${action}, not an outcome`,
        );
      }
      turn.offer = action;
      turn.proposer = s;
      accepted.fill(0);
      accepted[s] = 1;
      if (tracing)
        trace.push({
          round: turn.round,
          t: turn.t,
          party: ids[s]!,
          action: 'offer',
          outcome: action,
        });
    }
    if (turn.offer >= 0 && passes(table, accepted)) {
      agreement = turn.offer;
      endedBy = 'agreement';
      break;
    }
  }
  const rounds = Math.min(options.deadline.rounds, Math.floor(step / seats) + 1);
  return sessionOutcome(
    'sao',
    prepared,
    table,
    agreement,
    { endedBy, rounds, t: turn.t, trace },
    {
      seed: options.seed ?? 0,
      parameters: {
        rounds: options.deadline.rounds,
        table: tableParameters(options.table),
        negotiators: negotiators.map((n) => n.name),
      },
    },
  );
}
