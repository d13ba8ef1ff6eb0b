/**
 * How engines read the structure of a (validated, possibly architecture-applied) scenario, so
 * every engine interprets tracks, sequencing and vetoes the same way:
 *
 * - `tracksOf`: the declared tracks; a scenario without tracks has one implicit table, `all`,
 *   negotiating every issue among every actor with a position on some issue, by unanimity.
 * - `sequencingSteps`: the tracks in time — each step a set of tracks running in parallel;
 *   `parallel` and `linked` are one step.
 * - `trackPackages`: the tracks accepted together — `linked` packages, every other track alone.
 * - `vetoHoldersOver`: who holds an implementation veto over an issue or option.
 */
import type { Scenario, Track } from './schema.ts';

/** Id of the implicit track of a scenario without tracks. */
export const IMPLICIT_TRACK_ID = 'all';

/** The tables of a scenario: the declared tracks, or the one implicit table. */
export function tracksOf(scenario: Pick<Scenario, 'tracks' | 'issues' | 'actors'>): Track[] {
  if (scenario.tracks && scenario.tracks.length > 0) return scenario.tracks;
  const positioned = new Set(scenario.issues.flatMap((issue) => Object.keys(issue.positions)));
  const parties = scenario.actors.map((a) => a.id).filter((id) => positioned.has(id));
  return [
    {
      id: IMPLICIT_TRACK_ID,
      name: 'All issues',
      issues: scenario.issues.map((issue) => issue.id),
      parties: parties.length > 0 ? parties : scenario.actors.map((a) => a.id),
      decisionRule: { kind: 'unanimity' },
    },
  ];
}

/** Track ids grouped into steps, first step first; the tracks of a step run in parallel. */
export function sequencingSteps(
  scenario: Pick<Scenario, 'tracks' | 'issues' | 'actors' | 'sequencing'>,
): string[][] {
  const ids = tracksOf(scenario).map((t) => t.id);
  const seq = scenario.sequencing;
  if (seq?.kind !== 'sequenced' || !seq.order) return [ids];
  return seq.order.map((step) => (typeof step === 'string' ? [step] : [...step]));
}

/** Track ids grouped into packages that are accepted or rejected together. */
export function trackPackages(
  scenario: Pick<Scenario, 'tracks' | 'issues' | 'actors' | 'sequencing'>,
): string[][] {
  const ids = tracksOf(scenario).map((t) => t.id);
  const seq = scenario.sequencing;
  const packages = seq?.kind === 'linked' ? (seq.packages ?? []).map((p) => [...new Set(p)]) : [];
  const packed = new Set(packages.flat());
  return [...packages, ...ids.filter((id) => !packed.has(id)).map((id) => [id])];
}

/** Actors holding an implementation veto over the issue or option, each once, in veto order. */
export function vetoHoldersOver(
  scenario: Pick<Scenario, 'vetoes'>,
  target: { issue: string } | { option: string },
): string[] {
  const holders = (scenario.vetoes ?? [])
    .filter((veto) =>
      'issue' in target
        ? (veto.scope.issues ?? []).includes(target.issue)
        : (veto.scope.options ?? []).includes(target.option),
    )
    .flatMap((veto) => veto.holders);
  return [...new Set(holders)];
}
