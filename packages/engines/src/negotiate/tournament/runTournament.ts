/**
 * Tournaments: every assignment of the strategies to the seats of each scenario's table
 * (strategies^seats profiles, so every strategy meets every other in every role), repeated with
 * fresh seeds, under the stacked alternating offers protocol. Each session's seed is derived
 * from (master seed, session number), so a run does not depend on the order in which sessions
 * are computed or on how they are split between workers.
 *
 * Reported per session: agreement, utilities, rounds, welfare, distance to the Pareto frontier
 * and to the Nash point (sessionMetrics.ts); per strategy: agreement rate, mean utility, mean
 * advantage over its reservation value, mean welfare and distances of its sessions.
 */
import { EngineError } from '../../shared/engineError.ts';
import { createRng } from '../../shared/rng.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import { uniqueVectors } from '../analyzeNegotiation.ts';
import { bargainingProblem } from '../benchmarks/bargainingProblem.ts';
import { nashSolution } from '../benchmarks/nashSolution.ts';
import type { Deadline } from '../mechanisms/deadline.ts';
import { stackedAlternatingOffers } from '../mechanisms/stackedAlternatingOffers.ts';
import { seatTable, type Table } from '../mechanisms/table.ts';
import { paretoFrontier } from '../pareto/paretoFrontier.ts';
import { prepareDomain, type PreparedDomain } from '../preparedDomain.ts';
import type { StrategySpec } from '../strategies/negotiator.ts';
import type { NegotiationDomain } from '../types.ts';
import { sessionMetrics, type SessionMetrics } from './sessionMetrics.ts';

export interface TournamentScenario {
  name: string;
  domain: NegotiationDomain;
  /** The table (default: every party, unanimity). */
  table?: Table;
}

export interface TournamentOptions {
  scenarios: TournamentScenario[];
  strategies: StrategySpec[];
  repetitions: number;
  deadline: Deadline;
  seed: number;
  /** Refuse more profiles than this per scenario (default 10,000). */
  maxProfiles?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface TournamentRun extends SessionMetrics {
  scenario: string;
  /** Strategy name per seat. */
  strategies: string[];
  repetition: number;
  seed: number;
  agreement: boolean;
  outcome: (string | number)[] | null;
  utilities: number[];
  discountedUtilities: number[];
  rounds: number;
  endedBy: string;
}

export interface StrategySummary {
  strategy: string;
  /** Seats played (a session with the strategy in two seats counts twice). */
  seats: number;
  agreementRate: number;
  meanUtility: number;
  meanAdvantage: number;
  meanWelfare: number;
  meanParetoDistance: number;
  meanNashDistance: number | null;
}

export interface TournamentResult {
  provenance: {
    engine: 'negotiate';
    method: 'tournament';
    mechanism: 'sao';
    seed: number;
    parameters: Record<string, unknown>;
  };
  runs: TournamentRun[];
  strategies: StrategySummary[];
}

export function runTournament(options: TournamentOptions): TournamentResult {
  const runs: TournamentRun[] = [];
  const plans = options.scenarios.map((scenario) => plan(scenario, options));
  const total = plans.reduce((a, p) => a + p.profiles.length * options.repetitions, 0);
  const reservations: number[][] = [];
  let session = 0;
  for (const p of plans) {
    for (const profile of p.profiles) {
      for (let rep = 0; rep < options.repetitions; rep++, session++) {
        if ((session & 63) === 0) throwIfAborted(options.signal);
        const seed = sessionSeed(options.seed, session);
        const result = stackedAlternatingOffers(
          p.prepared,
          profile.map((k) => options.strategies[k]!.create()),
          { table: p.scenario.table, deadline: options.deadline, seed, trace: false },
        );
        runs.push({
          scenario: p.scenario.name,
          strategies: profile.map((k) => options.strategies[k]!.name),
          repetition: rep,
          seed,
          agreement: result.agreement !== null,
          outcome: result.agreementValues,
          utilities: result.utilities,
          discountedUtilities: result.discountedUtilities,
          rounds: result.rounds,
          endedBy: result.endedBy,
          ...sessionMetrics(result.utilities, p.frontier, p.nash),
        });
        reservations.push(p.reservation);
        options.onProgress?.({ done: session + 1, total });
      }
    }
  }
  return {
    provenance: {
      engine: 'negotiate',
      method: 'tournament',
      mechanism: 'sao',
      seed: options.seed,
      parameters: {
        scenarios: options.scenarios.map((s) => s.name),
        strategies: options.strategies.map((s) => s.name),
        repetitions: options.repetitions,
        rounds: options.deadline.rounds,
      },
    },
    runs,
    strategies: summarise(options.strategies, runs, reservations),
  };
}

interface Plan {
  scenario: TournamentScenario;
  prepared: PreparedDomain;
  profiles: number[][];
  frontier: number[][];
  nash: number[] | null;
  reservation: number[];
}

function plan(scenario: TournamentScenario, options: TournamentOptions): Plan {
  const prepared = prepareDomain(scenario.domain);
  const table = seatTable(prepared, scenario.table);
  const seats = table.parties.length;
  const k = options.strategies.length;
  const count = k ** seats;
  if (k === 0 || count > (options.maxProfiles ?? 10_000)) {
    throw new EngineError(
      'negotiate/too-many-profiles',
      `${k} strategies on ${seats} seats give ${count} profiles`,
    );
  }
  const profiles = Array.from({ length: count }, (_, p) =>
    Array.from({ length: seats }, (_, s) => Math.floor(p / k ** s) % k),
  );
  const u = table.parties.map((i) => prepared.table.utilities[i]!);
  const reservation = table.parties.map((i) => prepared.table.reservation[i]!);
  const frontierOutcomes = paretoFrontier(u);
  const nashOutcome = nashSolution(
    bargainingProblem(u, Float64Array.from(reservation), frontierOutcomes),
  );
  return {
    scenario,
    prepared,
    profiles,
    frontier: uniqueVectors(u, frontierOutcomes),
    nash: nashOutcome >= 0 ? u.map((x) => x[nashOutcome]!) : null,
    reservation,
  };
}

/** A session's seed: a 32-bit draw from stream `session` of the master seed. */
function sessionSeed(seed: number, session: number): number {
  return Math.floor(createRng(seed, session).next() * 2 ** 32) | 0;
}

function summarise(
  strategies: StrategySpec[],
  runs: TournamentRun[],
  reservations: number[][],
): StrategySummary[] {
  return strategies.map((spec) => {
    let seats = 0;
    let agreed = 0;
    let utility = 0;
    let advantage = 0;
    let welfare = 0;
    let pareto = 0;
    let nash = 0;
    let nashCount = 0;
    runs.forEach((run, r) => {
      run.strategies.forEach((name, s) => {
        if (name !== spec.name) return;
        seats++;
        if (run.agreement) agreed++;
        utility += run.utilities[s]!;
        advantage += run.utilities[s]! - reservations[r]![s]!;
        welfare += run.welfare;
        pareto += run.paretoDistance;
        if (run.nashDistance !== null) {
          nash += run.nashDistance;
          nashCount++;
        }
      });
    });
    const mean = (x: number): number => (seats === 0 ? 0 : x / seats);
    return {
      strategy: spec.name,
      seats,
      agreementRate: mean(agreed),
      meanUtility: mean(utility),
      meanAdvantage: mean(advantage),
      meanWelfare: mean(welfare),
      meanParetoDistance: mean(pareto),
      meanNashDistance: nashCount === 0 ? null : nash / nashCount,
    };
  });
}
