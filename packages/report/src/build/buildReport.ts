/**
 * Report builders. `buildScenarioReport` covers what any scenario has (overview, actors,
 * issues, sources); `buildGmcrReport` adds the GMCR analysis between them. Later engines add
 * their sections the same way: build the common sections, insert theirs before Sources.
 */
import { gmcr } from '@parley/engines';
import type { Scenario } from '@parley/model';
import type { Report, Section } from '../report.ts';
import { gmcrExplanationsSection } from './gmcrExplanations.ts';
import {
  conceptResults,
  gmcrEquilibriaSection,
  type ConceptResult,
  gmcrModelSection,
  gmcrStatusQuoSection,
  gmcrTableSection,
} from './gmcrSections.ts';
import { actorsSection, issuesSection, overviewSection } from './scenarioSections.ts';
import { sourcesSection } from './sourcesSection.ts';

export interface ReportOptions {
  /** Who produced the report, e.g. `parley 0.1.0`. */
  generator?: string;
}

export interface GmcrReportOptions extends ReportOptions {
  /** State index to analyse from; default the scenario's status quo. */
  statusQuo?: number;
  /** Models with more states show only the status quo and equilibria in the table; default 16. */
  maxTableStates?: number;
  /** At most this many equilibrium states are explained; default 6. */
  maxExplained?: number;
  /** At most this many equilibria are traced from the status quo; default 12. */
  maxTargets?: number;
  /** Limited-move stability results to show beside the other concepts. */
  limited?: gmcr.LimitedMoveResult;
  signal?: AbortSignal;
}

function assemble(scenario: Scenario, middle: Section[], facts: string[], options: ReportOptions): Report {
  const sections: Section[] = [overviewSection(scenario, facts), actorsSection(scenario)];
  if (scenario.issues.length > 0) sections.push(issuesSection(scenario));
  sections.push(...middle, sourcesSection(scenario));
  const report: Report = { title: scenario.title, generator: options.generator ?? 'parley', sections };
  if (scenario.asOf) report.asOf = scenario.asOf;
  return report;
}

/** The engine-independent report of a scenario. */
export function buildScenarioReport(scenario: Scenario, options: ReportOptions = {}): Report {
  return assemble(scenario, [], [], options);
}

/** The report of a scenario with its GMCR analysis. */
export function buildGmcrReport(
  scenario: Scenario,
  analysis: gmcr.GmcrAnalysis,
  options: GmcrReportOptions = {},
): Report {
  const statusQuo = options.statusQuo ?? analysis.model.statusQuo;
  const concepts = conceptResults(analysis, options.limited);
  const middle: Section[] = [
    gmcrModelSection(scenario, analysis, statusQuo),
    gmcrTableSection(analysis, concepts, statusQuo, options.maxTableStates ?? 16),
    gmcrEquilibriaSection(analysis, concepts, statusQuo),
  ];
  if (statusQuo >= 0) {
    const all = equilibriumStates(concepts);
    const targets = all.slice(0, options.maxTargets ?? 12);
    const sq = gmcr.statusQuoAnalysis(analysis, statusQuo, {
      targets,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    middle.push(gmcrStatusQuoSection(analysis, concepts, sq, all.length - targets.length));
  }
  middle.push(gmcrExplanationsSection(analysis, options.maxExplained ?? 6));
  const feasible = `${analysis.model.stateCount} feasible states`;
  return assemble(scenario, middle, [feasible], options);
}

/** Every state that is an equilibrium under some concept, ascending. */
export function equilibriumStates(concepts: readonly ConceptResult[]): number[] {
  const states = new Set<number>();
  for (const c of concepts) for (const s of c.equilibria) states.add(s);
  return [...states].sort((a, b) => a - b);
}
