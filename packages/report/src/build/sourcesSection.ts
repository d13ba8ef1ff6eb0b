/**
 * The Sources section: every source with what cites it, and a tally of the scenario's figures
 * by provenance (sourced / analyst judgement / unmarked), so a reader can see how much of the
 * analysis rests on judgement.
 */
import type { Quantity, Scenario, Source } from '@parley/model';
import type { Provenance, SourceEntry, SourcesSection } from '../report.ts';
import { figureOf, provenanceKind, provenanceOf, type Marked } from './provenance.ts';

interface Citation {
  label: string;
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

function figure(label: string, q: Quantity, ...outer: (Marked | undefined)[]): Citation {
  return { label, provenance: figureOf(q, ...outer), figure: true };
}

const marked = (label: string, m: Marked): Citation => ({
  label,
  provenance: provenanceOf(m),
  figure: false,
});

function actorCitations(scenario: Scenario): Citation[] {
  return scenario.actors.flatMap((a) => [
    marked(a.name, a),
    ...(a.capability === undefined ? [] : [figure(`${a.name} capability`, a.capability, a)]),
    ...Object.entries(a.indicators ?? {}).map(([k, q]) => figure(`${a.name} ${k}`, q, a)),
  ]);
}

function issueCitations(scenario: Scenario): Citation[] {
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  return scenario.issues.flatMap((issue) => [
    marked(issue.name, issue),
    ...Object.entries(issue.positions).flatMap(([actor, p]) => [
      figure(`${issue.name}: ${name(actor)} position`, p.position, p, issue),
      figure(`${issue.name}: ${name(actor)} salience`, p.salience, p, issue),
    ]),
  ]);
}

function gmcrCitations(scenario: Scenario): Citation[] {
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  const options = scenario.options.map((o) => marked(`Option “${o.label}”`, o));
  const infeasible = scenario.infeasible.flatMap((c) =>
    typeof c === 'string' ? [] : [marked(`Infeasible: ${c.when}`, c)],
  );
  const preferences = Object.entries(scenario.preferences).flatMap(([actor, p]) => [
    marked(`${name(actor)} preferences`, p),
    ...(p.statements ?? []).flatMap((s) =>
      typeof s === 'string' ? [] : [marked(`${name(actor)} preference “${s.statement}”`, s)],
    ),
  ]);
  return [...options, ...infeasible, ...preferences];
}

/** Every place in the scenario that carries provenance, in document order. */
export function collectCitations(scenario: Scenario): Citation[] {
  return [...actorCitations(scenario), ...issueCitations(scenario), ...gmcrCitations(scenario)];
}

/** Builds the Sources section from the scenario's `sources` and every provenance marking. */
export function sourcesSection(scenario: Scenario): SourcesSection {
  const citations = collectCitations(scenario);
  const citedBy = new Map<string, string[]>();
  for (const c of citations) {
    for (const id of c.provenance.sources) citedBy.set(id, [...(citedBy.get(id) ?? []), c.label]);
  }
  const sources: SourceEntry[] = Object.entries(scenario.sources).map(([id, s]) => {
    const entry: SourceEntry = { id, citation: formatCitation(s), citedBy: citedBy.get(id) ?? [] };
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
    judgements: figures
      .filter((f) => provenanceKind(f.provenance) === 'judgement')
      .map((f) => f.label),
    missing: [...citedBy.keys()].filter((id) => !(id in scenario.sources)),
  };
}
