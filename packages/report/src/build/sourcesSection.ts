/**
 * The Sources section: every source with what cites it, and a tally of the scenario's figures
 * by provenance (sourced / analyst judgement / unmarked), so a reader can see how much of the
 * analysis rests on judgement. What cites a source is grouped (`Extent of sanctions relief:
 * position (USA, China); salience (Japan)`) so that a source cited fifty times stays readable.
 */
import type { Quantity, Scenario, Source } from '@parley/model';
import type { Provenance, SourceEntry, SourcesSection } from '../report.ts';
import { figureOf, provenanceKind, provenanceOf, type Marked } from './provenance.ts';

/** One place that carries provenance: `group: aspect (subject)`. */
export interface Citation {
  /** An issue's name, `Actors`, `Options`, `Preferences` or `Infeasible`. */
  group: string;
  /** `position`, `capability`, an actor's name for its preference statements, or ''. */
  aspect: string;
  subject: string;
  provenance: Provenance;
  /** Whether the cited thing is a number (counted in the tally). */
  figure: boolean;
}

/** `Author. Title. Publisher, date.` */
export function formatCitation(s: Source): string {
  const tail = [s.publisher, s.date].filter((x): x is string => !!x).join(', ');
  return [s.author, s.title, tail]
    .filter((x): x is string => !!x)
    .map((x) => (/[.?!]$/.test(x) ? x : `${x}.`))
    .join(' ');
}

type Place = Pick<Citation, 'group' | 'aspect' | 'subject'>;

const figure = (place: Place, q: Quantity, ...outer: (Marked | undefined)[]): Citation => ({
  ...place,
  provenance: figureOf(q, ...outer),
  figure: true,
});

const marked = (place: Place, m: Marked): Citation => ({
  ...place,
  provenance: provenanceOf(m),
  figure: false,
});

function actorCitations(scenario: Scenario): Citation[] {
  return scenario.actors.flatMap((a) => [
    marked({ group: 'Actors', aspect: 'profile', subject: a.name }, a),
    ...(a.capability === undefined
      ? []
      : [figure({ group: 'Actors', aspect: 'capability', subject: a.name }, a.capability, a)]),
    ...Object.entries(a.indicators ?? {}).map(([k, q]) =>
      figure({ group: 'Actors', aspect: k, subject: a.name }, q, a),
    ),
  ]);
}

function issueCitations(scenario: Scenario): Citation[] {
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  return scenario.issues.flatMap((issue) => [
    marked({ group: issue.name, aspect: 'scale', subject: 'issue' }, issue),
    ...Object.entries(issue.positions).flatMap(([actor, p]) => [
      figure({ group: issue.name, aspect: 'position', subject: name(actor) }, p.position, p, issue),
      figure({ group: issue.name, aspect: 'salience', subject: name(actor) }, p.salience, p, issue),
    ]),
  ]);
}

function gmcrCitations(scenario: Scenario): Citation[] {
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  const options = scenario.options.map((o) =>
    marked({ group: 'Options', aspect: '', subject: `“${o.label}”` }, o),
  );
  const infeasible = scenario.infeasible.flatMap((c) =>
    typeof c === 'string' ? [] : [marked({ group: 'Infeasible', aspect: '', subject: c.when }, c)],
  );
  const preferences = Object.entries(scenario.preferences).flatMap(([actor, p]) => [
    marked({ group: 'Preferences', aspect: '', subject: name(actor) }, p),
    ...(p.statements ?? []).flatMap((s) =>
      typeof s === 'string'
        ? []
        : [marked({ group: 'Preferences', aspect: name(actor), subject: `“${s.statement}”` }, s)],
    ),
  ]);
  return [...options, ...infeasible, ...preferences];
}

/** Every place in the scenario that carries provenance, in document order. */
export function collectCitations(scenario: Scenario): Citation[] {
  return [...actorCitations(scenario), ...issueCitations(scenario), ...gmcrCitations(scenario)];
}

/** `Issue: position (A, B); salience (C)` — one line per group, in first-seen order. */
export function groupCitations(citations: readonly Citation[]): string[] {
  const groups = new Map<string, Map<string, string[]>>();
  for (const c of citations) {
    const aspects = groups.get(c.group) ?? new Map<string, string[]>();
    aspects.set(c.aspect, [...(aspects.get(c.aspect) ?? []), c.subject]);
    groups.set(c.group, aspects);
  }
  return [...groups].map(([group, aspects]) => {
    const parts = [...aspects].map(([aspect, subjects]) =>
      aspect === '' ? subjects.join(', ') : `${aspect} (${subjects.join(', ')})`,
    );
    return `${group}: ${parts.join('; ')}`;
  });
}

/** Builds the Sources section from the scenario's `sources` and every provenance marking. */
export function sourcesSection(scenario: Scenario): SourcesSection {
  const citations = collectCitations(scenario);
  const citing = new Map<string, Citation[]>();
  for (const c of citations) {
    for (const id of c.provenance.sources) citing.set(id, [...(citing.get(id) ?? []), c]);
  }
  const sources: SourceEntry[] = Object.entries(scenario.sources).map(([id, s]) => {
    const entry: SourceEntry = {
      id,
      citation: formatCitation(s),
      citedBy: groupCitations(citing.get(id) ?? []),
    };
    if (s.url) entry.url = s.url;
    if (s.accessed) entry.accessed = s.accessed;
    if (s.note) entry.note = s.note;
    return entry;
  });
  const figures = citations.filter((c) => c.figure);
  const tally = { sourced: 0, judgement: 0, unmarked: 0 };
  for (const f of figures) tally[provenanceKind(f.provenance)] += 1;
  return {
    kind: 'sources',
    id: 'sources',
    title: 'Sources',
    sources,
    tally,
    judgements: groupCitations(figures.filter((f) => provenanceKind(f.provenance) === 'judgement')),
    missing: [...citing.keys()].filter((id) => !(id in scenario.sources)),
  };
}
