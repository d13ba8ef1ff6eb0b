/**
 * The report of what is on screen: the scenario's common sections (overview, actors, issues,
 * sources) around the sections of the view being exported — the full GMCR analysis plus the
 * explanation of the selected state; the forecasts; the game view; or, for views the report
 * model has no section kind for yet, an extra section rendered beside it (extraSection.ts).
 */
import { applyArchitecture, type Scenario } from '@parley/model';
import { gmcr } from '@parley/engines';
import {
  buildGmcrReport,
  buildScenarioReport,
  CONCEPT_NAMES,
  gamesSection,
  renderHtml,
  renderMarkdown,
  stateRef,
  type GmcrExplanationsSection,
  type Report,
} from '@parley/report';
import { comparisonSection } from './comparisonSection.ts';
import { compareView } from './compareView.ts';
import { forecastRuns } from './forecastView.ts';
import { negotiateView } from './negotiateView.ts';
import { negotiationSection } from './negotiationSection.ts';
import { withExtra } from './extraSection.ts';
import type { GmcrRequest, RenderedReport, ReportData, ReportRequest } from './viewTypes.ts';

export const GENERATOR = 'parley web 0.1.0';

export interface ReportDeps {
  /** The (cached) GMCR analysis of a scenario. */
  gmcr: (request: GmcrRequest) => gmcr.GmcrAnalysis;
  progress: (fraction: number, phase: string) => void;
}

export function buildViewReport(request: ReportRequest, deps: ReportDeps): ReportData {
  const scenario = variantOf(request.scenario, request.architecture);
  const generator = GENERATOR;
  const gmcrRequest: GmcrRequest = {
    kind: 'gmcr',
    scenario: request.scenario,
    ...(request.architecture !== undefined ? { architecture: request.architecture } : {}),
  };
  switch (request.view) {
    case 'gmcr': {
      const analysis = deps.gmcr(gmcrRequest);
      const report = buildGmcrReport(scenario, analysis, { generator });
      if (request.selectedState !== undefined) {
        insertBeforeSources(report, selectedStateSection(analysis, request.selectedState));
      }
      return titled(report, request.architecture, { report, extra: null });
    }
    case 'forecast': {
      const forecasts = forecastRuns(scenario, {
        ...(request.forecast ?? {}),
        onProgress: deps.progress,
      });
      const report = buildScenarioReport(scenario, { generator, forecasts });
      return titled(report, request.architecture, { report, extra: null });
    }
    case 'games': {
      const analysis = deps.gmcr(gmcrRequest);
      const report = buildScenarioReport(scenario, { generator });
      const section = gamesSection(analysis, request.games ?? {});
      if (section) insertBeforeSources(report, section);
      return titled(report, request.architecture, { report, extra: null });
    }
    case 'negotiate': {
      const data = negotiateView(scenario, {
        ...(request.negotiate ?? {}),
        onProgress: deps.progress,
      });
      const report = buildScenarioReport(scenario, { generator });
      return titled(report, request.architecture, { report, extra: negotiationSection(data) });
    }
    case 'compare': {
      // Every architecture is compared, so the report is of the scenario as written.
      const base = request.scenario;
      const result = compareView(base, { ...(request.compare ?? {}), onProgress: deps.progress });
      const report = buildScenarioReport(base, { generator });
      return { report, extra: comparisonSection(result) };
    }
  }
}

const variantOf = (scenario: Scenario, architecture: string | undefined): Scenario =>
  architecture === undefined ? scenario : applyArchitecture(scenario, architecture);

function titled(report: Report, architecture: string | undefined, data: ReportData): ReportData {
  if (architecture !== undefined) report.title = `${report.title} — architecture ${architecture}`;
  return data;
}

function insertBeforeSources(report: Report, section: Report['sections'][number]): void {
  const at = report.sections.findIndex((s) => s.kind === 'sources');
  report.sections.splice(at < 0 ? report.sections.length : at, 0, section);
}

/** Every mover under every concept for the state the user selected. */
export function selectedStateSection(
  analysis: gmcr.GmcrAnalysis,
  state: number,
): GmcrExplanationsSection {
  const items = analysis.concepts.flatMap((concept) =>
    analysis.movers.map((mover, m) => {
      const e = gmcr.explain(analysis, state, m, concept);
      return {
        state: stateRef(analysis.model, state),
        concept,
        conceptName: CONCEPT_NAMES[concept],
        mover: mover.name,
        stable: e.stable,
        improvements: e.improvements.length,
        summary: e.summary,
        lines: e.lines,
      };
    }),
  );
  return {
    kind: 'gmcr-explanations',
    id: 'gmcr-selected-state',
    title: `Selected state ${state + 1}: stability per decision maker and concept`,
    omittedStates: 0,
    items,
  };
}

/** The report as a standalone HTML document or as Markdown, extra sections included. */
export function renderReport(data: ReportData, format: 'html' | 'md'): RenderedReport {
  const text =
    format === 'html'
      ? withExtra(renderHtml(data.report), data.extra, 'html')
      : withExtra(renderMarkdown(data.report), data.extra, 'md');
  return { title: data.report.title, format, text };
}
