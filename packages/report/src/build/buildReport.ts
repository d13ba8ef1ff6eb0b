/**
 * Report builders. `buildScenarioReport` covers what any scenario has (overview, actors,
 * issues, sources); `buildGmcrReport` adds the GMCR analysis between them. Later engines add
 * their sections the same way: build the common sections, insert theirs before Sources.
 */
import { gmcr, type compare } from '@parley/engines';
import type { Scenario } from '@parley/model';
import type { ForecastRuns } from '../forecastReport.ts';
import type { Report, Section } from '../report.ts';
import { forecastSection } from './forecastSections.ts';
import { gamesSection, type GamesReportOptions } from './gamesSections.ts';
import { comparisonSection } from './comparisonSection.ts';
import { gmcrExplanationsSection } from './gmcrExplanations.ts';
import {
  conceptResults,
  gmcrEquilibriaSection,
  gmcrModelSection,
  gmcrStatusQuoSection,
  gmcrTableSection,
} from './gmcrSections.ts';
import { negotiationSection } from './negotiationSections.ts';
import { actorsSection, issuesSection, overviewSection } from './scenarioSections.ts';
import { sourcesSection } from './sourcesSection.ts';
import { prioritizedEquilibria } from './statePriority.ts';

export interface ReportOptions {
  /** Who produced the report, e.g. `parley 0.1.0`. */
  generator?: string;
  /** Forecasting results; with them a Forecasts section follows the Issues section. */
  forecasts?: ForecastRuns;
  /**
   * An architecture comparison (compare.compareArchitectures); with it the Negotiation section
   * (the baseline's tables) and the Comparison section come last, before Sources.
   */
  comparison?: compare.ComparisonResult;
}

export interface GmcrReportOptions extends ReportOptions {
  /** State index to analyse from; default the scenario's status quo. */
  statusQuo?: number;
  /**
   * Models with more feasible states show only the status quo and the most relevant
   * equilibria as table columns, and describe at most this many equilibria; default 16.
   */
  maxTableStates?: number;
  /** At most this many equilibria are traced from the status quo; default 8. */
  maxTargets?: number;
  /** At most this many equilibrium states are explained; default 6. */
  maxExplained?: number;
  /** Limited-move stability results to show beside the other concepts. */
  limited?: gmcr.LimitedMoveResult;
  /** With it, a Game view section follows the GMCR sections (gamesSections.ts). */
  games?: GamesReportOptions;
  signal?: AbortSignal;
}

function assemble(
  scenario: Scenario,
  middle: Section[],
  facts: string[],
  options: ReportOptions,
): Report {
  const sections: Section[] = [overviewSection(scenario, facts), actorsSection(scenario)];
  if (scenario.issues.length > 0) sections.push(issuesSection(scenario));
  if (options.forecasts) sections.push(forecastSection(scenario, options.forecasts));
  sections.push(...middle);
  if (options.comparison) {
    sections.push(negotiationSection(scenario, options.comparison));
    if (options.comparison.architectures.length > 1)
      sections.push(comparisonSection(options.comparison));
  }
  sections.push(sourcesSection(scenario));
  const report: Report = {
    title: scenario.title,
    generator: options.generator ?? 'parley',
    sections,
  };
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
  const maxStates = options.maxTableStates ?? 16;
  const ranked = prioritizedEquilibria(concepts, statusQuo);
  const middle: Section[] = [
    gmcrModelSection(scenario, analysis, statusQuo),
    gmcrTableSection(analysis, concepts, statusQuo, maxStates),
    gmcrEquilibriaSection(analysis, concepts, statusQuo, maxStates),
  ];
  if (statusQuo >= 0) {
    const targets = ranked.slice(0, options.maxTargets ?? 8);
    const sq = gmcr.statusQuoAnalysis(analysis, statusQuo, {
      targets,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    middle.push(gmcrStatusQuoSection(analysis, concepts, sq, ranked.length - targets.length));
  }
  middle.push(gmcrExplanationsSection(analysis, ranked, options.maxExplained ?? 6));
  const games = options.games ? gamesSection(analysis, options.games) : null;
  if (games) middle.push(games);
  const facts = [`${analysis.model.stateCount} feasible states`];
  return assemble(scenario, middle, facts, options);
}
