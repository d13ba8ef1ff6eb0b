/**
 * Mediated single negotiating text (Raiffa, The Art and Science of Negotiation, 1982, ch. 14 —
 * the one-text procedure the US used at Camp David in 1978; formalised as the veto mechanism
 * of Klein, Faratin, Sayama & Bar-Yam, Group Decision and Negotiation 12(2), 2003; NegMAS
 * `VetoSTMechanism`): the mediator holds one draft; each round it proposes an amendment and
 * every party at the table accepts or vetoes it. The amendment is adopted when the accepting
 * parties satisfy the table's decision rule. At the deadline the final draft is put to the
 * parties, who ratify it when it is worth at least their reservation value; it becomes the
 * agreement when the ratifying parties satisfy the rule.
 *
 * By default a party accepts an amendment that does not make it worse off (u(new) ≥ u(old)), so
 * under unanimity every adopted amendment is a weak Pareto improvement of the draft; `voters`
 * replaces that rule per seat (e.g. to model a party that accepts small losses).
 */
import { EngineError } from '../../shared/engineError.ts';
import { createRng } from '../../shared/rng.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import type { PreparedDomain } from '../preparedDomain.ts';
import { relativeTimer, type Deadline } from './deadline.ts';
import { randomNeighbourMediator } from './mediator.ts';
import type { NegotiationResult, TraceEvent } from './negotiationResult.ts';
import { sessionOutcome } from './sessionOutcome.ts';
import { passes, seatTable, tableParameters, type Table } from './table.ts';

/** A party's vote on an amendment: true accepts `proposal` in place of `current`. */
export type Voter = (current: number, proposal: number, t: number) => boolean;

export interface SntOptions {
  /** The table; its `mediator` drafts (default: Klein et al.'s random-neighbour mediator). */
  table?: Table;
  deadline: Deadline;
  /** A first draft that overrides the mediator's (e.g. the status quo outcome). */
  initialText?: number;
  /** Per-seat voting rules; a missing entry votes "not worse for me". */
  voters?: (Voter | undefined)[];
  /** Seed of the mediator's random stream. Default 0. */
  seed?: number;
  trace?: boolean;
  signal?: AbortSignal;
}

export function singleNegotiatingText(
  prepared: PreparedDomain,
  options: SntOptions,
): NegotiationResult {
  const table = seatTable(prepared, options.table);
  const seats = table.parties.length;
  const { utilities, reservation, space } = prepared.table;
  const mediator = options.table?.mediator ?? randomNeighbourMediator();
  mediator.init({ space, rng: createRng(options.seed ?? 0, seats) });
  const clock = relativeTimer(options.deadline);
  const ids = table.parties.map((i) => prepared.domain.parties[i]!.id);
  const vote: Voter[] = table.parties.map(
    (i, s) =>
      options.voters?.[s] ??
      ((current, proposal) => utilities[i]![proposal]! >= utilities[i]![current]!),
  );
  const tracing = options.trace ?? true;
  const trace: TraceEvent[] = [];
  let text = options.initialText ?? mediator.initialText();
  checkOutcome(text, space.size, mediator.name);
  if (tracing)
    trace.push({ round: 0, t: 0, party: mediator.name, action: 'propose', outcome: text });
  const accepted = new Uint8Array(seats);
  const rounds = options.deadline.rounds;
  let round = 0;
  let t = 0;
  for (; round < rounds; round++) {
    if ((round & 1023) === 0) throwIfAborted(options.signal);
    t = clock(round, rounds);
    if (t >= 1) break;
    const proposal = mediator.propose(text, round, t);
    checkOutcome(proposal, space.size, mediator.name);
    if (tracing)
      trace.push({ round, t, party: mediator.name, action: 'propose', outcome: proposal });
    for (let s = 0; s < seats; s++) {
      accepted[s] = vote[s]!(text, proposal, t) ? 1 : 0;
      if (tracing)
        trace.push({
          round,
          t,
          party: ids[s]!,
          action: accepted[s] ? 'accept' : 'reject',
          outcome: proposal,
        });
    }
    const adopted = passes(table, accepted);
    mediator.feedback?.(proposal, adopted);
    if (adopted) {
      text = proposal;
      if (tracing)
        trace.push({ round, t, party: mediator.name, action: 'adopt', outcome: proposal });
    }
  }
  for (let s = 0; s < seats; s++) {
    const i = table.parties[s]!;
    accepted[s] = utilities[i]![text]! >= reservation[i]! ? 1 : 0;
    if (tracing)
      trace.push({
        round,
        t,
        party: ids[s]!,
        action: accepted[s] ? 'ratify' : 'reject',
        outcome: text,
      });
  }
  const agreed = passes(table, accepted);
  return sessionOutcome(
    'snt',
    prepared,
    table,
    agreed ? text : -1,
    {
      endedBy: agreed ? 'agreement' : 'rejected',
      rounds: round,
      t,
      trace,
    },
    {
      seed: options.seed ?? 0,
      parameters: {
        rounds,
        table: tableParameters(options.table),
        mediator: mediator.name,
        initialText: options.initialText,
      },
    },
  );
}

function checkOutcome(x: number, size: number, who: string): void {
  if (!Number.isInteger(x) || x < 0 || x >= size)
    throw new EngineError('negotiate/bad-offer', `${who} proposed ${x}, not an outcome`);
}
