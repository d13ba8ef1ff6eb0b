/**
 * One simulated session at one table (docs/compare.md, "Negotiation"):
 *
 * - `sao` (the default everywhere) — stacked alternating offers among the seated parties, each
 *   playing the strategy it drew for the run, in a speaking order shuffled per session (SAOP's
 *   result depends on who speaks first, which a diplomatic table does not fix). One protocol at
 *   every table, so that what differs between architectures is the structure, not the protocol.
 * - `snt` — the mediated single negotiating text (Raiffa 1982, ch. 14): the first draft is the
 *   status quo when the scenario gives one on every issue of the table (the mediator moves from
 *   where things stand), else the mediator's own view — the grid point nearest its positions,
 *   the status quo or the middle of the scale where it has none; then random one-issue
 *   amendments (Klein et al. 2003), each adopted when the table's rule passes with every party
 *   voting "not worse for me"; the final text is ratified by the parties whose utility reaches
 *   their reservation value. `auto` runs it at tables with a mediator and SAOP elsewhere.
 * - `mcp` — the monotonic concession protocol with the Zeuthen strategy (deterministic).
 */
import { quantityValue, type Scenario } from '@parley/model';
import { randomNeighbourMediator } from '../negotiate/mechanisms/mediator.ts';
import { monotonicConcession } from '../negotiate/mechanisms/monotonicConcession.ts';
import type { NegotiationResult } from '../negotiate/mechanisms/negotiationResult.ts';
import { singleNegotiatingText } from '../negotiate/mechanisms/singleNegotiatingText.ts';
import { stackedAlternatingOffers } from '../negotiate/mechanisms/stackedAlternatingOffers.ts';
import type { Table } from '../negotiate/mechanisms/table.ts';
import { outcomeIndex } from '../negotiate/outcomeSpace.ts';
import type { PreparedDomain } from '../negotiate/preparedDomain.ts';
import type { StrategySpec } from '../negotiate/strategies/negotiator.ts';
import { createRng } from '../shared/rng.ts';
import type { NegotiationUnit } from './negotiationUnits.ts';

/** `auto`: the single text at a mediated table, alternating offers elsewhere. Default `sao`. */
export type CompareMechanism = 'auto' | 'sao' | 'snt' | 'mcp';

export interface SessionSetup {
  scenario: Scenario;
  unit: NegotiationUnit;
  prepared: PreparedDomain;
  mechanism: CompareMechanism;
  rounds: number;
  /** The strategy each actor drew for this run. */
  strategyOf: (actor: string) => StrategySpec;
  seed: number;
  signal?: AbortSignal;
}

/** Stream of a session's seed that shuffles the speaking order (seats use streams 0, 1, …). */
const ORDER_STREAM = 0x5eed;

export function mechanismAt(
  unit: NegotiationUnit,
  mechanism: CompareMechanism,
): 'sao' | 'snt' | 'mcp' {
  if (mechanism !== 'auto') return mechanism;
  return unit.mediator !== undefined ? 'snt' : 'sao';
}

export function runUnitSession(setup: SessionSetup): NegotiationResult {
  const { unit, prepared, seed } = setup;
  const deadline = { rounds: setup.rounds };
  const signal = setup.signal ? { signal: setup.signal } : {};
  const kind = mechanismAt(unit, setup.mechanism);
  if (kind === 'mcp') {
    const table: Table = { id: unit.id, parties: unit.parties, rule: unit.rule.rule };
    return monotonicConcession(prepared, { table, deadline, trace: false, ...signal });
  }
  if (kind === 'snt') {
    const table: Table = {
      id: unit.id,
      parties: unit.parties,
      rule: unit.rule.rule,
      mediator: randomNeighbourMediator(),
    };
    const initialText = firstDraft(setup.scenario, unit, prepared);
    return singleNegotiatingText(prepared, {
      table,
      deadline,
      seed,
      trace: false,
      ...(initialText !== undefined ? { initialText } : {}),
      ...signal,
    });
  }
  const order = shuffled(unit.parties, createRng(seed, ORDER_STREAM));
  return stackedAlternatingOffers(
    prepared,
    order.map((actor) => setup.strategyOf(actor).create()),
    {
      table: { id: unit.id, parties: order, rule: unit.rule.rule },
      deadline,
      seed,
      trace: false,
      ...signal,
    },
  );
}

/** The single text's first draft (see above); undefined leaves it to the random mediator. */
export function firstDraft(
  scenario: Scenario,
  unit: NegotiationUnit,
  prepared: PreparedDomain,
): number | undefined {
  const issues = unit.issues.map((id) => scenario.issues.find((i) => i.id === id)!);
  const mediator = unit.mediator;
  const fromStatusQuo = issues.every((i) => i.statusQuo !== undefined);
  if (!fromStatusQuo && mediator === undefined) return undefined;
  const indices = issues.map((issue, k) => {
    const own = fromStatusQuo || mediator === undefined ? undefined : issue.positions[mediator];
    const target = own
      ? quantityValue(own.position)
      : issue.statusQuo !== undefined
        ? quantityValue(issue.statusQuo)
        : (issue.scale.min + issue.scale.max) / 2;
    return nearest(prepared.domain.issues[k]!.values as number[], target);
  });
  return outcomeIndex(prepared.table.space, indices);
}

/** Index of the grid value nearest to `x` (the lower one on a tie). */
function nearest(values: readonly number[], x: number): number {
  let best = 0;
  for (let j = 1; j < values.length; j++)
    if (Math.abs(values[j]! - x) < Math.abs(values[best]! - x)) best = j;
  return best;
}

/** Fisher–Yates with the given stream. */
function shuffled<T>(items: readonly T[], rng: { next(): number }): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
