/**
 * Checks a run request against its scenario before it is queued, so mistakes come back at once
 * as 400 with Diagnostics (path into the request, did-you-mean hints) rather than as a failed
 * run later. Only cheap checks: what needs the model built (state numbers, outcome counts) is
 * checked by the job itself.
 */
import { didYouMean, listArchitectures, type Diagnostic, type Scenario } from '@parley/model';
import type { JobRequest } from '../jobs/jobTypes.ts';

/** A misspelt id and the ids it should have been one of, for a did-you-mean hint. */
type Suggest = [word: string, known: Iterable<string>];
type Report = (path: string, code: string, message: string, suggest?: Suggest) => void;

function collector(out: Diagnostic[]): Report {
  return (path, code, message, suggest) => {
    const d: Diagnostic = { code, severity: 'error', path, message };
    const hint = suggest ? didYouMean(...suggest) : undefined;
    if (hint) d.hint = hint;
    out.push(d);
  };
}

function checkIds(
  report: Report,
  path: string,
  ids: readonly string[] | undefined,
  known: readonly string[],
  what: string,
): void {
  ids?.forEach((id, i) => {
    if (!known.includes(id))
      report(`${path}[${i}]`, `unknown-${what}`, `unknown ${what} \`${id}\``, [id, known]);
  });
}

function checkArchitecture(report: Report, scenario: Scenario, id: string | undefined): void {
  if (id === undefined) return;
  const known = listArchitectures(scenario).map((a) => a.id);
  if (!known.includes(id))
    report('params.architecture', 'unknown-architecture', `unknown architecture \`${id}\``, [
      id,
      known,
    ]);
}

function needs(
  report: Report,
  scenario: Scenario,
  what: 'options' | 'issues',
  engine: string,
): boolean {
  if (scenario[what].length > 0) return true;
  const hint =
    what === 'options'
      ? 'add options (yes/no choices owned by actors) and preferences'
      : 'add issues with positions and saliences';
  report(what, `no-${what}`, `the scenario has no ${what}, which ${engine} needs (${hint})`);
  return false;
}

function checkGmcr(
  report: Report,
  s: Scenario,
  p: Extract<JobRequest, { engine: 'gmcr' }>['params'],
): void {
  if (!needs(report, s, 'options', 'GMCR')) return;
  const owners = [...new Set(s.options.map((o) => o.owner))];
  const seen = new Set<string>();
  p.coalitions?.forEach((group, i) =>
    group.forEach((id, j) => {
      const path = `params.coalitions[${i}][${j}]`;
      if (!owners.includes(id))
        report(
          path,
          'unknown-decision-maker',
          `\`${id}\` owns no option, so it is no decision maker`,
          [id, owners],
        );
      else if (seen.has(id))
        report(path, 'duplicate-decision-maker', `\`${id}\` is in two coalitions`);
      seen.add(id);
    }),
  );
  if (typeof p.statusQuo === 'string' && p.statusQuo.length !== s.options.length) {
    report(
      'params.statusQuo',
      'bad-state',
      `a state needs ${s.options.length} Y/N letters (one per option), not ${p.statusQuo.length}`,
    );
  }
}

function checkNegotiate(
  report: Report,
  s: Scenario,
  p: Extract<JobRequest, { engine: 'negotiate' }>['params'],
): void {
  if (!needs(report, s, 'issues', 'negotiation')) return;
  if (p.track !== undefined && p.architecture === undefined) {
    const tracks = (s.tracks ?? []).map((t) => t.id);
    if (!tracks.includes(p.track))
      report('params.track', 'unknown-track', `unknown track \`${p.track}\``, [p.track, tracks]);
  }
  checkIds(
    report,
    'params.issues',
    p.issues,
    s.issues.map((i) => i.id),
    'issue',
  );
  const actors = s.actors.map((a) => a.id);
  checkIds(report, 'params.actors', p.actors, actors, 'actor');
  checkIds(report, 'params.reservations', Object.keys(p.reservations ?? {}), actors, 'actor');
  const session = p.session;
  if (session?.strategies && (session.mechanism ?? 'sao') !== 'sao')
    report(
      'params.session.strategies',
      'strategies-need-sao',
      'strategies apply to stacked alternating offers only: the single text and Zeuthen have none',
    );
}

/** Coalition members must be actors, each in one coalition (the view ignores non-owners). */
function checkViewCoalitions(report: Report, s: Scenario, coalitions?: string[][]): void {
  const actors = s.actors.map((a) => a.id);
  const owners = new Set(s.options.map((o) => o.owner));
  const seen = new Set<string>();
  coalitions?.forEach((group, i) =>
    group.forEach((id, j) => {
      const path = `params.coalitions[${i}][${j}]`;
      if (!actors.includes(id))
        report(path, 'unknown-actor', `unknown actor \`${id}\``, [id, actors]);
      else if (seen.has(id) && owners.has(id))
        report(path, 'duplicate-decision-maker', `\`${id}\` is in two coalitions`);
      seen.add(id);
    }),
  );
}

function checkView(
  report: Report,
  s: Scenario,
  p: Extract<JobRequest, { engine: 'view' }>['params'],
): void {
  if (p.kind !== 'compare') checkArchitecture(report, s, p.architecture);
  switch (p.kind) {
    case 'gmcr':
      if (needs(report, s, 'options', 'the GMCR view'))
        checkViewCoalitions(report, s, p.coalitions);
      break;
    case 'games': {
      if (!needs(report, s, 'options', 'the games view')) break;
      const known = s.options.map((o) => o.id);
      checkIds(report, 'params.options', p.options, known, 'option');
      p.options?.forEach((id, i) => {
        if (p.options!.indexOf(id) < i)
          report(`params.options[${i}]`, 'duplicate-option', `\`${id}\` is listed twice`);
      });
      break;
    }
    case 'forecast':
      needs(report, s, 'issues', 'the forecast view');
      break;
    case 'negotiate':
      needs(report, s, 'issues', 'the negotiation view');
      break;
    case 'compare':
      if (s.options.length === 0 && s.issues.length === 0)
        report('', 'nothing-to-compare', 'the scenario has neither options nor issues to compare');
      break;
  }
}

/** Every problem of the request against the scenario. */
export function preflight(request: JobRequest): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = collector(out);
  if (request.input.kind !== 'scenario') return out;
  const s = request.input.scenario;
  switch (request.engine) {
    case 'gmcr':
      checkArchitecture(report, s, request.params.architecture);
      checkGmcr(report, s, request.params);
      break;
    case 'forecast':
      checkArchitecture(report, s, request.params.architecture);
      if (needs(report, s, 'issues', 'forecasting')) {
        const issue = request.params.issue;
        const known = s.issues.map((i) => i.id);
        if (issue !== undefined && !known.includes(issue)) {
          report('params.issue', 'unknown-issue', `unknown issue \`${issue}\``, [issue, known]);
        }
      }
      break;
    case 'negotiate':
      checkArchitecture(report, s, request.params.architecture);
      checkNegotiate(report, s, request.params);
      break;
    case 'games':
      checkArchitecture(report, s, request.params.architecture);
      if (needs(report, s, 'options', 'the game view') && Array.isArray(request.params.options)) {
        checkIds(
          report,
          'params.options',
          request.params.options,
          s.options.map((o) => o.id),
          'option',
        );
      }
      break;
    case 'compare': {
      const known = listArchitectures(s).map((a) => a.id);
      checkIds(report, 'params.architectures', request.params.architectures, known, 'architecture');
      if (s.options.length === 0 && s.issues.length === 0) {
        report('', 'nothing-to-compare', 'the scenario has neither options nor issues to compare');
      }
      break;
    }
    case 'view':
      checkView(report, s, request.params);
      break;
  }
  return out;
}
