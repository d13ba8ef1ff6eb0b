/**
 * Negotiation analysis (docs/negotiate.md): the scenario's issues (or a GENIUS domain) as an
 * outcome space with one linear additive utility per party, the Pareto frontier and the
 * Nash, Kalai–Smorodinsky, egalitarian and utilitarian solutions (`analyzeNegotiation`), as
 * `parley negotiate analyze --json`, and optionally one simulated session (stacked alternating
 * offers, Aydoğan et al. 2017; single text; Zeuthen) as `parley negotiate run --json`.
 */
import { compare, negotiate } from '@parley/engines';
import { importGenius, type Scenario } from '@parley/model';
import type { EngineProvenance, JobInput, ProgressHook } from '../jobTypes.ts';
import type { NegotiateParams } from '../params.ts';
import { JobInputError } from './jobError.ts';
import { runSessionJson, sessionSettings, type NegotiationTable } from './negotiateSession.ts';
import { scenarioOf } from './scenarioOf.ts';

/** The server enumerates at most this many outcomes per run (memory: 8 bytes × parties each). */
export const SERVER_MAX_OUTCOMES = 1_000_000;

/**
 * The table a run negotiates at, read as `parley negotiate …` reads it: GENIUS files or the
 * whole scenario as one unanimity table, or one track (its unit's domain, seated parties and
 * decision rule).
 */
export function negotiationTable(input: JobInput, params: NegotiateParams): NegotiationTable {
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
    const domain = parsed.value.domain as negotiate.NegotiationDomain;
    return { domain, table: unanimity('genius', domain) };
  }
  const scenario = scenarioOf(input, params.architecture);
  if (params.track !== undefined) return trackTable(scenario, params.track, params.steps);
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
  return { domain, table: unanimity('all', domain), scenario };
}

function unanimity(id: string, domain: negotiate.NegotiationDomain): NegotiationTable['table'] {
  const parties = domain.parties.map((p) => p.id);
  return { id, parties, rule: { kind: 'unanimity' }, ruleText: 'unanimity' };
}

/** One track's table, as `parley negotiate … --track` reads it. */
function trackTable(scenario: Scenario, track: string, steps?: number): NegotiationTable {
  const plan = compare.negotiationUnits(scenario, steps !== undefined ? { steps } : {});
  const unit = plan.units.find((u) => u.tracks.includes(track));
  if (!unit) {
    const reason = plan.skipped.find((s) => s.track === track)?.reason ?? 'it is not simulated';
    throw new JobInputError(
      'track-not-negotiable',
      `track ${track} cannot be negotiated: ${reason}`,
    );
  }
  return {
    domain: unit.domain,
    table: { id: unit.id, parties: unit.parties, rule: unit.rule.rule, ruleText: unit.rule.text },
    scenario,
    unit,
  };
}

/** The seated parties only, in seat order: the parties the analysis is about. */
export function seatedDomain(input: NegotiationTable): negotiate.NegotiationDomain {
  const parties = input.table.parties.map((id) => input.domain.parties.find((p) => p.id === id)!);
  return { ...input.domain, parties };
}

export function outcomeCount(domain: negotiate.NegotiationDomain): number {
  return domain.issues.reduce((n, issue) => n * issue.values.length, 1);
}

export function negotiateJob(input: JobInput, params: NegotiateParams, progress: ProgressHook) {
  const table = negotiationTable(input, params);
  const domain = seatedDomain(table);
  const outcomes = outcomeCount(table.domain);
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
    ...(params.session ? { session: runSessionJson(table, params.session) } : {}),
  };
  const settings = params.session ? sessionSettings(params.session) : undefined;
  const provenance: EngineProvenance = {
    engine: 'negotiate',
    method: settings ? `analyze+${settings.mechanism}` : 'analyze',
    parameters: { ...params },
    ...(settings ? { seed: settings.seed } : {}),
    warnings: domain.warnings ?? [],
  };
  return { result, provenance };
}
