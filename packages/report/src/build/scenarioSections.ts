/**
 * The engine-independent parts of a report: overview, actors and issues, read straight from
 * the scenario with every number's provenance attached.
 */
import type { Scenario } from '@parley/model';
import type { ActorsSection, IssuesSection, OverviewSection } from '../report.ts';
import { figureOf, provenanceOf } from './provenance.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Title block facts: what the scenario contains. */
export function overviewSection(scenario: Scenario, extraFacts: string[] = []): OverviewSection {
  const facts = [
    plural(scenario.actors.length, 'actor'),
    ...(scenario.issues.length > 0 ? [plural(scenario.issues.length, 'issue')] : []),
    ...(scenario.options.length > 0 ? [plural(scenario.options.length, 'option')] : []),
    ...extraFacts,
  ];
  const section: OverviewSection = {
    kind: 'overview',
    id: 'overview',
    title: 'Overview',
    scenarioId: scenario.id,
    tags: scenario.tags ?? [],
    facts,
  };
  if (scenario.summary) section.summary = scenario.summary.trim();
  return section;
}

export function actorsSection(scenario: Scenario): ActorsSection {
  return {
    kind: 'actors',
    id: 'actors',
    title: 'Actors',
    actors: scenario.actors.map((a) => {
      const capability = a.capability === undefined ? undefined : figureOf(a.capability, a);
      const derivation =
        (typeof a.capability === 'object' ? a.capability.note : undefined) ?? a.note;
      return {
        id: a.id,
        name: a.name,
        ...(a.description ? { description: a.description } : {}),
        ...(capability ? { capability } : {}),
        ...(derivation ? { derivation } : {}),
        indicators: Object.entries(a.indicators ?? {}).map(([name, q]) => ({
          name,
          figure: figureOf(q, a),
        })),
        provenance: provenanceOf(a),
      };
    }),
  };
}

export function issuesSection(scenario: Scenario): IssuesSection {
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  return {
    kind: 'issues',
    id: 'issues',
    title: 'Issues',
    issues: scenario.issues.map((issue) => ({
      id: issue.id,
      name: issue.name,
      ...(issue.description ? { description: issue.description } : {}),
      scale: { ...issue.scale },
      positions: Object.entries(issue.positions).map(([actorId, p]) => ({
        actorId,
        actor: name(actorId),
        position: figureOf(p.position, p, issue),
        salience: figureOf(p.salience, p, issue),
      })),
    })),
  };
}
