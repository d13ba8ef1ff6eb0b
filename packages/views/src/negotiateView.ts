/**
 * The negotiation view's data: the scenario's issues as one multi-issue outcome space with a
 * linear spatial utility per actor (negotiationDomainFromScenario), its Pareto frontier and the
 * Nash, Kalai–Smorodinsky, egalitarian and utilitarian solutions (analyzeNegotiation), and one
 * simulated stacked-alternating-offers session (Aydoğan et al. 2017) per strategy, every party
 * playing it — each offer with its utility to every party, for the offer timeline.
 */
import { applyArchitecture, type Scenario } from '@parley/model';
import { EngineError, negotiate } from '@parley/engines';
import type { NegotiateViewData, SessionView } from './viewTypes.ts';

export const DEFAULT_STRATEGIES = ['boulware', 'linear', 'conceder', 'tit-for-tat'];
/** The browser enumerates at most this many outcomes (8 bytes × parties each). */
export const MAX_OUTCOMES = 500_000;

export interface NegotiateViewOptions {
  architecture?: string;
  steps?: number;
  strategies?: string[];
  rounds?: number;
  seed?: number;
  onProgress?: (fraction: number, phase: string) => void;
}

export function negotiateView(
  scenario: Scenario,
  options: NegotiateViewOptions,
): NegotiateViewData {
  const variant =
    options.architecture === undefined
      ? scenario
      : applyArchitecture(scenario, options.architecture);
  const domain = negotiate.negotiationDomainFromScenario(variant, {
    ...(options.steps !== undefined ? { steps: options.steps } : {}),
  });
  if (domain.parties.length < 2) {
    throw new EngineError(
      'view/too-few-parties',
      'a negotiation needs at least two actors with positions on the issues',
    );
  }
  const outcomes = domain.issues.reduce((n, issue) => n * issue.values.length, 1);
  if (outcomes > MAX_OUTCOMES) {
    throw new EngineError(
      'view/too-many-outcomes',
      `${outcomes.toLocaleString('en-US')} outcomes is more than a view enumerates (${MAX_OUTCOMES.toLocaleString('en-US')}): use fewer values per issue`,
    );
  }
  options.onProgress?.(0.05, 'frontier');
  const analysis = negotiate.analyzeNegotiation(domain);
  const prepared = negotiate.prepareDomain(domain);
  const strategies = options.strategies ?? DEFAULT_STRATEGIES;
  const sessions = strategies.map((name, k) => {
    options.onProgress?.(0.5 + (0.5 * k) / strategies.length, `session: ${name}`);
    return session(prepared, name, options.rounds ?? 100, options.seed ?? 0);
  });
  return { analysis, sessions, warnings: domain.warnings ?? [] };
}

function session(
  prepared: negotiate.PreparedDomain,
  strategy: string,
  rounds: number,
  seed: number,
): SessionView {
  const spec = negotiate.strategyNamed(strategy);
  if (!spec) throw new EngineError('view/unknown-strategy', `no strategy named ${strategy}`);
  const parties = prepared.domain.parties;
  const result = negotiate.stackedAlternatingOffers(
    prepared,
    parties.map(() => spec.create()),
    { deadline: { rounds }, seed },
  );
  const index = new Map(parties.map((p, i) => [p.id, i]));
  const utilities = prepared.table.utilities;
  const offers = result.trace
    .filter((e) => e.action === 'offer' && e.outcome !== undefined)
    .map((e) => ({
      round: e.round,
      t: e.t,
      party: index.get(e.party) ?? -1,
      utilities: utilities.map((u) => u[e.outcome!]!),
    }));
  const agreement =
    result.agreementValues === null
      ? null
      : { values: result.agreementValues, utilities: [...result.utilities] };
  return { strategy, endedBy: result.endedBy, rounds: result.rounds, agreement, offers };
}
