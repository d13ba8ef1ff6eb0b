/**
 * One simulated negotiation session and its JSON — `parley negotiate run --json` (docs/cli.md)
 * and the server's negotiate runs print the same object. Mechanisms: stacked alternating offers
 * between strategies (Aydoğan et al. 2017), the mediated single negotiating text (Raiffa 1982;
 * Klein et al. 2003) or the monotonic concession protocol (Zeuthen 1930); the Nash point is
 * taken over the seated parties' reservation values (Nash 1950).
 */
import { compare, negotiate } from '@parley/engines';
import type { Scenario } from '@parley/model';

export type SessionMechanism = 'sao' | 'snt' | 'mcp';

/** A negotiation table: its domain, the seated parties and the decision rule. */
export interface SessionTable {
  /** Every party with a utility function: the seated ones and, for a track, outsiders. */
  domain: negotiate.NegotiationDomain;
  table: { id: string; parties: string[]; rule: negotiate.DecisionRule; ruleText: string };
  /** The scenario (architecture applied) and the track's unit, when a track was chosen. */
  scenario?: Scenario;
  unit?: compare.NegotiationUnit;
}

type Decoded = (string | number)[];

/** The session, decoded (outcomes as issue values). */
export interface SessionJson {
  mechanism: SessionMechanism;
  table: string;
  rule: string;
  issues: { id: string; name: string; values: Decoded }[];
  parties: { id: string; name: string; reservation: number; strategy: string | null }[];
  deadline: number;
  seed: number;
  agreement: { outcome: Decoded; utilities: number[] } | null;
  endedBy: string;
  rounds: number;
  t: number;
  utilities: number[];
  discountedUtilities: number[];
  nash: { outcome: Decoded; utilities: number[] } | null;
  trace: { round: number; t: number; party: string; action: string; outcome: Decoded | null }[];
  provenance: negotiate.NegotiationProvenance;
}

export interface SessionSettings {
  /** One per seat (used by `sao` only). */
  strategies: negotiate.StrategySpec[];
  deadline: number;
  seed: number;
}

/** Runs one session on the table with the mechanism. */
export function simulateSession(
  input: SessionTable,
  mechanism: SessionMechanism,
  options: SessionSettings,
): negotiate.NegotiationResult {
  const prepared = negotiate.prepareDomain(input.domain);
  const { id, parties, rule } = input.table;
  const table: negotiate.Table = { id, parties, rule };
  const deadline = { rounds: options.deadline };
  if (mechanism === 'mcp') return negotiate.monotonicConcession(prepared, { table, deadline });
  if (mechanism === 'snt') {
    const draft =
      input.scenario && input.unit
        ? compare.firstDraft(input.scenario, input.unit, prepared)
        : undefined;
    return negotiate.singleNegotiatingText(prepared, {
      table: { ...table, mediator: negotiate.randomNeighbourMediator() },
      deadline,
      seed: options.seed,
      ...(draft !== undefined ? { initialText: draft } : {}),
    });
  }
  return negotiate.stackedAlternatingOffers(
    prepared,
    options.strategies.map((s) => s.create()),
    { table, deadline, seed: options.seed },
  );
}

/** The session's JSON; `strategies` is null for mechanisms without them. */
export function sessionJson(
  input: SessionTable,
  result: negotiate.NegotiationResult,
  strategies: negotiate.StrategySpec[] | null,
  options: { deadline: number; seed: number },
): SessionJson {
  const prepared = negotiate.prepareDomain(input.domain);
  const decode = (x: number) => negotiate.outcomeValues(input.domain, prepared.table.space, x);
  const seats = input.table.parties.map((id) => prepared.partyIndex(id));
  const seatedUtilities = seats.map((i) => prepared.table.utilities[i]!);
  const reservation = seats.map((i) => prepared.table.reservation[i]!);
  const problem = negotiate.bargainingProblem(seatedUtilities, Float64Array.from(reservation));
  const nash = negotiate.nashSolution(problem);
  return {
    mechanism: result.mechanism,
    table: input.table.id,
    rule: input.table.ruleText,
    issues: input.domain.issues.map(({ id, name, values }) => ({ id, name, values: [...values] })),
    parties: seats.map((i, s) => ({
      id: input.domain.parties[i]!.id,
      name: input.domain.parties[i]!.name,
      reservation: reservation[s]!,
      strategy: strategies ? strategies[s]!.name : null,
    })),
    deadline: options.deadline,
    seed: options.seed,
    agreement:
      result.agreement === null
        ? null
        : { outcome: decode(result.agreement), utilities: result.utilities },
    endedBy: result.endedBy,
    rounds: result.rounds,
    t: result.t,
    utilities: result.utilities,
    discountedUtilities: result.discountedUtilities,
    nash:
      nash < 0 ? null : { outcome: decode(nash), utilities: seatedUtilities.map((u) => u[nash]!) },
    trace: result.trace.map((e) => ({
      round: e.round,
      t: e.t,
      party: e.party,
      action: e.action,
      outcome: e.outcome === undefined ? null : decode(e.outcome),
    })),
    provenance: result.provenance,
  };
}
