/**
 * The shapes the server's routes answer with (packages/server/src/http/schemas.ts), written out
 * here so the browser bundle does not load the server's zod schemas.
 */
import type { Diagnostic } from '@parley/model';

/** The analyses that apply to a scenario. */
export type AnalysisEngine = 'gmcr' | 'forecast' | 'negotiate' | 'compare' | 'games';

/** What a run computes: an analysis's JSON, or (`view`) a workbench view's data. */
export type RunEngine = AnalysisEngine | 'view';

export interface ScenarioMeta {
  key: string;
  title: string;
  asOf: string;
  summary?: string;
  tags: string[];
  actors: number;
  issues: number;
  options: number;
  architectures: string[];
  engines: AnalysisEngine[];
}

export interface ScenarioSummary {
  /** `sc_…` for saved scenarios, `catalog:<name>` for built-in ones. */
  id: string;
  title: string;
  version: number;
  readOnly: boolean;
  origin: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  meta: ScenarioMeta;
}

export interface ScenarioDetail extends ScenarioSummary {
  text: string;
  format: 'yaml' | 'json';
  warnings: Diagnostic[];
}

export interface ScenarioVersionInfo {
  version: number;
  format: 'yaml' | 'json';
  note: string | null;
  createdAt: string;
  meta: ScenarioMeta;
  warnings: Diagnostic[];
}

export interface ValidateReply {
  valid: boolean;
  diagnostics: Diagnostic[];
  meta?: ScenarioMeta;
}

export type ImportFormat =
  'gmcr' | 'ktab' | 'ktab-csv' | 'ktab-xml' | 'bdm-csv' | 'genius' | 'nfg' | 'efg';

export interface ImportReply {
  kind: 'scenario' | 'negotiation-domain' | 'game';
  diagnostics: Diagnostic[];
  text?: string;
  meta?: ScenarioMeta;
  scenario?: ScenarioSummary;
}

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface RunView {
  id: string;
  engine: RunEngine;
  status: RunStatus;
  progress: number;
  phase: string | null;
  params: Record<string, unknown>;
  scenarioId: string | null;
  scenarioVersion: number | null;
  inputHash: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: { code: string; message: string; hint?: string } | null;
  provenance: Record<string, unknown> | null;
  links: { self: string; events: string; result: string };
}

/** The filter of `GET /api/runs`. */
export interface RunFilter {
  scenarioId?: string;
  status?: RunStatus;
  /** 1–500; the server's default is 50. */
  limit?: number;
}

/**
 * What a finished run records about how its result was made (packages/server runService):
 * the engine's own provenance plus the input hash, scenario, Parley version and timing.
 */
export interface RunProvenance {
  engine?: string;
  method?: string;
  parameters?: Record<string, unknown>;
  seed?: number;
  warnings?: string[];
  inputHash?: string;
  scenario?: { id: string; version: number | null } | null;
  parley?: string;
  startedAt?: string;
  finishedAt?: string;
  durationMs?: number;
}

/** Why following a run stopped early: an ApiError (server answer, network, broken stream). */
export interface RunStreamError {
  status: number;
  code: string;
  message: string;
  hint?: string;
}

export interface RunEventHandlers {
  status?: (run: RunView) => void;
  progress?: (event: { progress: number; phase: string | null }) => void;
  /** The final run and its result (null when it failed or was cancelled). */
  result?: (run: RunView, result: unknown) => void;
  /**
   * The stream failed (error answer, e.g. 401 or 404; network; ended before the result).
   * Called at most once, and nothing is called after it.
   */
  error?: (error: RunStreamError) => void;
}

export interface HealthInfo {
  status: 'ok';
  version: string;
  uptimeSeconds: number;
  workers: number;
  running: number;
  queued: number;
  maxQueue: number;
  catalog: number;
}
