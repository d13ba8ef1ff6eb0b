/**
 * The requests of the workbench's analysis views and the view data they get back. The same
 * requests run in the browser's engine worker and, as `output: "view"` runs, on the server; the
 * results are plain data (typed arrays travel as transferables, or encoded by viewCodec.ts).
 */
import type { Diagnostic, Scenario } from '@parley/model';
import type { gmcr, negotiate, StabilityConcept } from '@parley/engines';
import type { ForecastSection, GamesSection, Report } from '@parley/report';

/** The analysis views of the workbench. */
export type ViewKind = 'gmcr' | 'forecast' | 'games' | 'negotiate' | 'compare';

/** Parameters shared by every analysis of a scenario. */
export interface ScenarioTarget {
  scenario: Scenario;
  /** Run on this architecture (default: the scenario as written). */
  architecture?: string;
}

export interface ValidateRequest {
  kind: 'validate';
  text: string;
  file?: string;
}

export interface ValidateResult {
  diagnostics: Diagnostic[];
  /** The validated scenario, or null when the text has errors. */
  scenario: Scenario | null;
}

export interface GmcrRequest extends ScenarioTarget {
  kind: 'gmcr';
  /** Coalitions of actor ids; default the scenario's own. */
  coalitions?: string[][];
}

/** Every move of every mover as parallel arrays (edge e goes from[e] → to[e]). */
export interface MoveEdges {
  from: Int32Array;
  to: Int32Array;
  mover: Uint8Array;
  /** 1 when the move is a unilateral improvement for its mover. */
  improvement: Uint8Array;
}

export interface PathMove {
  from: number;
  to: number;
  mover: number;
  improvement: boolean;
}

export interface GmcrTarget {
  state: number;
  concepts: StabilityConcept[];
  reachable: boolean;
  reachableByImprovements: boolean;
  /** The shortest path by unilateral improvements when there is one, else the shortest legal path. */
  path: PathMove[] | null;
}

/** A GMCR analysis as the view needs it. States are 0-based indices; the UI shows index + 1. */
export interface GmcrViewData {
  /** Cache key of the analysis in the worker, for follow-up requests (explain, games). */
  key: string;
  options: {
    id: string;
    label: string;
    /** Index of the owning decision maker. */
    owner: number;
    statusQuo: boolean;
    reversibility: string;
  }[];
  decisionMakers: { id: string; name: string }[];
  /** Effective decision makers (coalitions move as one). */
  movers: { name: string; members: number[] }[];
  stateCount: number;
  decimals: Uint32Array;
  /** Index of the status quo, or −1 when it is infeasible. */
  statusQuo: number;
  concepts: StabilityConcept[];
  /** stability[concept][mover][state] = 1 when stable. */
  stability: Partial<Record<StabilityConcept, Uint8Array[]>>;
  equilibria: Partial<Record<StabilityConcept, number[]>>;
  /** Null when the model is too large to draw. */
  edges: MoveEdges | null;
  /** Reachability of every equilibrium from the status quo (empty without a status quo). */
  targets: GmcrTarget[];
}

/** Self-contained: the worker reuses the cached analysis, or recomputes it after a restart. */
export interface ExplainRequest extends ScenarioTarget {
  kind: 'explain';
  coalitions?: string[][];
  state: number;
}

export interface ExplanationCell {
  mover: number;
  concept: gmcr.ExplainConcept;
  stable: boolean;
  summary: string;
  lines: string[];
}

/** Why a state is or is not stable, per mover and concept. */
export interface StateExplanation {
  state: number;
  /** `DPRK: Suspend testing; USA: Lift sanctions`. */
  text: string;
  yn: string;
  cells: ExplanationCell[];
}

export interface ForecastRequest extends ScenarioTarget {
  kind: 'forecast';
  /** Monte Carlo runs over the inputs written with a range (0 or absent: none). */
  runs?: number;
  seed?: number;
}

export interface ForecastViewData {
  section: ForecastSection;
  /** Issues that have ranges, i.e. for which Monte Carlo changes anything. */
  uncertainInputs: number;
}

export interface GamesRequest extends ScenarioTarget {
  kind: 'games';
  /** Option ids the players choose (default: the core options). */
  options?: string[];
  payoff?: 'rank' | 'score';
}

export interface GamesViewData {
  section: GamesSection | null;
  /** Every option, so the view can offer to choose. */
  options: { id: string; label: string; owner: string }[];
  /** Most options the game view accepts. */
  maxOptions: number;
  /** The whole strategic form, profile by profile (absent when it is too large to list). */
  profiles?: GameProfile[];
}

export interface GameProfile {
  /** One strategy label per player. */
  strategies: string[];
  /** One exact payoff per player (`"3"`, `"1/2"`). */
  payoffs: string[];
  /** The state's 1-based id in the full graph model, or null when the profile is infeasible. */
  stateId: number | null;
}

export interface NegotiateRequest extends ScenarioTarget {
  kind: 'negotiate';
  /** Values per issue scale. */
  steps?: number;
  /** Strategies to simulate, each played by every party. */
  strategies?: string[];
  rounds?: number;
  seed?: number;
}

export interface SessionOffer {
  round: number;
  t: number;
  /** Party index of the proposer. */
  party: number;
  /** The offer's utility to every party. */
  utilities: number[];
}

export interface SessionView {
  strategy: string;
  endedBy: string;
  rounds: number;
  agreement: { values: (string | number)[]; utilities: number[] } | null;
  offers: SessionOffer[];
}

export interface NegotiateViewData {
  analysis: negotiate.NegotiationAnalysis;
  sessions: SessionView[];
  warnings: string[];
}

export interface CompareRequest extends ScenarioTarget {
  kind: 'compare';
  runs?: number;
  seed?: number;
}

export type { CompareViewData } from './compareTypes.ts';
import type { CompareViewData } from './compareTypes.ts';

/** What the report of a view should hold besides its analysis. */
export interface ReportRequest extends ScenarioTarget {
  kind: 'report';
  view: ViewKind;
  format: 'html' | 'md';
  /** GMCR: the state whose explanation is on screen. */
  selectedState?: number;
  /** The parameters of the view's current analysis (runs, options, …). */
  forecast?: Omit<ForecastRequest, 'kind' | 'scenario' | 'architecture'>;
  games?: Omit<GamesRequest, 'kind' | 'scenario' | 'architecture'>;
  negotiate?: Omit<NegotiateRequest, 'kind' | 'scenario' | 'architecture'>;
  compare?: Omit<CompareRequest, 'kind' | 'scenario' | 'architecture'>;
}

export interface ReportData {
  report: Report;
  /** Extra Markdown and HTML for what the report model has no section kind for yet. */
  extra: { title: string; markdown: string; html: string } | null;
}

/** A rendered report: a complete HTML document or Markdown text. */
export interface RenderedReport {
  title: string;
  format: 'html' | 'md';
  text: string;
}

/** Request and result types by kind. */
export interface EngineCalls {
  validate: { request: ValidateRequest; result: ValidateResult };
  gmcr: { request: GmcrRequest; result: GmcrViewData };
  explain: { request: ExplainRequest; result: StateExplanation };
  forecast: { request: ForecastRequest; result: ForecastViewData };
  games: { request: GamesRequest; result: GamesViewData };
  negotiate: { request: NegotiateRequest; result: NegotiateViewData };
  compare: { request: CompareRequest; result: CompareViewData };
  report: { request: ReportRequest; result: RenderedReport };
}

export type EngineKind = keyof EngineCalls;
export type EngineRequest = EngineCalls[EngineKind]['request'];
export type ResultOf<K extends EngineKind> = EngineCalls[K]['result'];

/** A problem running a request, shown to the user as is. */
export interface EngineFailure {
  code: string;
  message: string;
  hint?: string;
}
