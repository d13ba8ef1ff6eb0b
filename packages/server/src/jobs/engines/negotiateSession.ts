/**
 * A negotiate run's simulated session: the parameters as `parley negotiate run` reads its flags
 * (defaults SAOP, boulware for every seat, 100 rounds, seed 1), and its JSON from the function
 * the CLI prints (@parley/report negotiationSession.ts), so the two cannot drift;
 * `negotiateParity.test.ts` checks the outputs against each other.
 */
import { negotiate } from '@parley/engines';
import { sessionJson, simulateSession, type SessionJson, type SessionTable } from '@parley/report';
import type { NegotiateParams } from '../params.ts';
import { JobInputError } from './jobError.ts';

export type NegotiationTable = SessionTable;

/** Defaults of `parley negotiate run`: SAOP, boulware for every seat, 100 rounds, seed 1. */
export function sessionSettings(options: NonNullable<NegotiateParams['session']>) {
  return {
    mechanism: options.mechanism ?? 'sao',
    deadline: options.rounds ?? 100,
    seed: options.seed ?? 1,
  } as const;
}

function seatStrategies(
  names: readonly string[] | undefined,
  seats: number,
): negotiate.StrategySpec[] {
  const specs = (names ?? ['boulware']).map((name) => negotiate.strategyNamed(name)!);
  if (specs.length === 1) return Array.from({ length: seats }, () => specs[0]!);
  if (specs.length !== seats)
    throw new JobInputError(
      'bad-strategies',
      `${specs.length} strategies for ${seats} seats`,
      'give one strategy per seat, or one for all seats',
    );
  return specs;
}

/** Runs the session and returns `parley negotiate run --json`'s object for it. */
export function runSessionJson(
  input: NegotiationTable,
  options: NonNullable<NegotiateParams['session']>,
): SessionJson {
  const { mechanism, deadline, seed } = sessionSettings(options);
  const strategies =
    mechanism === 'sao' ? seatStrategies(options.strategies, input.table.parties.length) : null;
  const result = simulateSession(input, mechanism, {
    strategies: strategies ?? [],
    deadline,
    seed,
  });
  return sessionJson(input, result, strategies, { deadline, seed });
}
