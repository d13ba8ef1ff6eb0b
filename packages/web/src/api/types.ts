/**
 * The shapes the server's routes answer with (packages/server/src/http/schemas.ts), written out
 * here so the browser bundle does not load the server's zod schemas.
 */
import type { Diagnostic } from '@parley/model';

export type RunEngine = 'gmcr' | 'forecast' | 'negotiate' | 'compare' | 'games';

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
  engines: RunEngine[];
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

export interface RunEventHandlers {
  status?: (run: RunView) => void;
  progress?: (event: { progress: number; phase: string | null }) => void;
  /** The final run and its result (null when it failed or was cancelled). */
  result?: (run: RunView, result: unknown) => void;
  error?: () => void;
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
