/**
 * Negotiation analysis (docs/negotiate.md): the scenario's issues (or a GENIUS domain) as an
 * outcome space with one linear additive utility per party, the Pareto frontier and the
 * Nash, Kalai–Smorodinsky, egalitarian and utilitarian solutions (`analyzeNegotiation`), and
 * optionally one stacked-alternating-offers session (Aydoğan et al. 2017) between strategies.
 */
import { compare, negotiate } from '@parley/engines';
import { importGenius, type Scenario } from '@parley/model';
import type { EngineProvenance, JobInput, ProgressHook } from '../jobTypes.ts';
import type { NegotiateParams } from '../params.ts';
import { JobInputError } from './jobError.ts';
import { scenarioOf } from './scenarioOf.ts';

/** The server enumerates at most this many outcomes per run (memory: 8 bytes × parties each). */
export const SERVER_MAX_OUTCOMES = 1_000_000;

export function negotiationDomain(
  input: JobInput,
  params: NegotiateParams,
): negotiate.NegotiationDomain {
  if (input.kind === 'genius') {
    const parsed = importGenius(
      input.domain,
      input.profiles,
      input.files ? { files: { profiles: input.files } } : {},
    );
    if (!parsed.ok)
      throw new JobInputError(
        'invalid-genius',
        parsed.diagnostics.map((d) => d.message).join('; '),
      );
    return parsed.value.domain as negotiate.NegotiationDomain;
  }
  const scenario = scenarioOf(input, params.architecture);
  if (params.track !== undefined) return trackDomain(scenario, params.track, params.steps);
  if (scenario.issues.length === 0) {
    throw new JobInputError('no-issues', 'the scenario has no issues to negotiate');
  }
  const issues = params.issues?.length ?? scenario.issues.length;
  const domain = negotiate.negotiationDomainFromScenario(scenario, {
    steps: params.steps ?? compare.adaptiveSteps(issues),
    ...(params.issues ? { issues: params.issues } : {}),
    ...(params.actors ? { actors: params.actors } : {}),
    ...(params.reservations ? { reservations: params.reservations } : {}),
  });
  if (domain.parties.length < 2) {
    throw new JobInputError(
      'too-few-parties',
      'a negotiation needs at least two actors with positions on these issues',
    );
  }
  return domain;
}

/** One track's table, as `parley negotiate analyze --track` reads it: seated parties only. */
function trackDomain(
  scenario: Scenario,
  track: string,
  steps?: number,
): negotiate.NegotiationDomain {
  const plan = compare.negotiationUnits(scenario, steps !== undefined ? { steps } : {});
  const unit = plan.units.find((u) => u.tracks.includes(track));
  if (!unit) {
    const reason = plan.skipped.find((s) => s.track === track)?.reason ?? 'it is not simulated';
    throw new JobInputError(
      'track-not-negotiable',
      `track ${track} cannot be negotiated: ${reason}`,
    );
  }
  const parties = unit.parties.map((id) => unit.domain.parties.find((p) => p.id === id)!);
  return { ...unit.domain, parties };
}

export function outcomeCount(domain: negotiate.NegotiationDomain): number {
  return domain.issues.reduce((n, issue) => n * issue.values.length, 1);
}

function session(
  domain: negotiate.NegotiationDomain,
  options: NonNullable<NegotiateParams['session']>,
) {
  const names = options.strategies ?? ['boulware'];
  if (names.length !== 1 && names.length !== domain.parties.length) {
    throw new JobInputError(
      'bad-strategies',
      `give one strategy, or one per party (${domain.parties.length}: ${domain.parties.map((p) => p.id).join(', ')})`,
    );
  }
  const negotiators = domain.parties.map((_, i) =>
    negotiate.strategyNamed(names[names.length === 1 ? 0 : i]!)!.create(),
  );
  return negotiate.stackedAlternatingOffers(negotiate.prepareDomain(domain), negotiators, {
    deadline: { rounds: options.rounds ?? 100 },
    seed: options.seed ?? 0,
    trace: false,
  });
}

export function negotiateJob(input: JobInput, params: NegotiateParams, progress: ProgressHook) {
  const domain = negotiationDomain(input, params);
  const outcomes = outcomeCount(domain);
  if (outcomes > SERVER_MAX_OUTCOMES) {
    throw new JobInputError(
      'too-many-outcomes',
      `${outcomes.toLocaleString('en-US')} outcomes is more than the server enumerates (${SERVER_MAX_OUTCOMES.toLocaleString('en-US')})`,
      'use fewer steps or fewer issues',
    );
  }
  progress(0.1, 'frontier');
  const analysis = negotiate.analyzeNegotiation(domain, { mode: params.mode ?? 'textbook' });
  progress(0.7, params.session ? 'session' : 'done');
  const result = {
    analysis,
    ...(params.session ? { session: session(domain, params.session) } : {}),
  };
  const provenance: EngineProvenance = {
    engine: 'negotiate',
    method: params.session ? 'analyze+sao' : 'analyze',
    parameters: { ...params },
    ...(params.session ? { seed: params.session.seed ?? 0 } : {}),
    warnings: domain.warnings ?? [],
  };
  return { result, provenance };
}
