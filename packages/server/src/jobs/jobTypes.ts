/**
 * What travels between the server and its worker threads. Messages are structured-cloned; the
 * result comes back as JSON text so the main thread stores and serves it without re-encoding.
 */
import type { Scenario } from '@parley/model';
import type {
  CompareParams,
  ForecastParams,
  GamesParams,
  GmcrParams,
  NegotiateParams,
} from './params.ts';
import type { ViewParams } from './viewParams.ts';

/** The input of a run: a parsed scenario, or a file the engine reads itself. */
export type JobInput =
  | { kind: 'scenario'; scenario: Scenario }
  | { kind: 'gambit'; text: string; file?: string }
  | { kind: 'genius'; domain: string; profiles: string[]; files?: string[] };

export type JobRequest =
  | { engine: 'gmcr'; input: JobInput; params: GmcrParams }
  | { engine: 'forecast'; input: JobInput; params: ForecastParams }
  | { engine: 'negotiate'; input: JobInput; params: NegotiateParams }
  | { engine: 'games'; input: JobInput; params: GamesParams }
  | { engine: 'compare'; input: JobInput; params: CompareParams }
  | { engine: 'view'; input: JobInput; params: ViewParams };

/** What a run runs: an engine, or (`view`) one of the workbench's analysis views. */
export type RunEngine = JobRequest['engine'];

/** Where a result came from, as the engine side knows it. */
export interface EngineProvenance {
  engine: string;
  method: string;
  parameters: Record<string, unknown>;
  seed?: number;
  warnings: string[];
}

export interface JobError {
  code: string;
  message: string;
  hint?: string;
}

/** Progress callback of a running job: fraction in [0, 1] and a phase label. */
export type ProgressHook = (fraction: number, phase: string) => void;

export type ToWorker = { type: 'run'; jobId: string; request: JobRequest };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; jobId: string; fraction: number; phase: string }
  | { type: 'done'; jobId: string; result: string; provenance: EngineProvenance }
  | { type: 'failed'; jobId: string; error: JobError };

/** How a job ended. */
export type JobOutcome =
  | { status: 'succeeded'; result: string; provenance: EngineProvenance }
  | { status: 'failed'; error: JobError }
  | { status: 'cancelled' };
