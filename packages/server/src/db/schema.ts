/**
 * The database tables as Kysely sees them. JSON columns are TEXT (SQLite has no JSON type);
 * timestamps are ISO 8601 strings in UTC, so they sort as text.
 */
import type { Generated } from 'kysely';
import type { RunEngine } from '../jobs/jobTypes.ts';

export interface ScenarioTable {
  /** Server id, `sc_…`. */
  id: string;
  /** The scenario's own `id` field (several copies may share it). */
  scenario_key: string;
  title: string;
  current_version: number;
  /** Where it came from: `catalog:<name>` when copied, `import:<format>`, or null. */
  origin: string | null;
  created_at: string;
  updated_at: string;
}

export interface ScenarioVersionTable {
  scenario_id: string;
  version: number;
  /** The text as the client sent it, byte for byte. */
  text: string;
  format: 'yaml' | 'json';
  /** JSON: ScenarioMeta (title, counts, applicable engines). */
  meta: string;
  /** JSON: the warnings parseScenario returned. */
  warnings: string;
  note: string | null;
  created_at: string;
}

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface RunTable {
  /** Server id, `run_…`. */
  id: string;
  engine: RunEngine;
  /** JSON: the request's params. */
  params: string;
  /** The scenario run on (server or catalog id), when the run names one. */
  scenario_id: string | null;
  scenario_version: number | null;
  /** Fingerprint of the input text. */
  input_hash: string;
  status: RunStatus;
  progress: number;
  phase: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  /** JSON text of the engine's result. */
  result: string | null;
  /** JSON: {code, message, diagnostics?}. */
  error: string | null;
  /** JSON: engine, method, parameters, seed, input hash, version, timing, warnings. */
  provenance: string | null;
  seq: Generated<number>;
}

export interface Database {
  scenarios: ScenarioTable;
  scenario_versions: ScenarioVersionTable;
  runs: RunTable;
}
