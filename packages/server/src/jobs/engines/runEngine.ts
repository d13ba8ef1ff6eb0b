/** Runs one job's engine: the dispatch the worker thread (and in-process tests) use. */
import { EngineError } from '@parley/engines';
import { UnknownArchitectureError } from '@parley/model';
import type { EngineProvenance, JobError, JobRequest, ProgressHook } from '../jobTypes.ts';
import { compareJob } from './compareJob.ts';
import { forecastJob } from './forecastJob.ts';
import { gamesJob } from './gamesJob.ts';
import { gmcrJob } from './gmcrJob.ts';
import { JobInputError } from './jobError.ts';
import { negotiateJob } from './negotiateJob.ts';
import { viewJob } from './viewJob.ts';

export interface EngineOutput {
  result: unknown;
  /** The result as JSON text, when the job encodes it itself (views); else JSON.stringify. */
  text?: string;
  provenance: EngineProvenance;
}

export function runEngine(request: JobRequest, progress: ProgressHook): EngineOutput {
  switch (request.engine) {
    case 'gmcr':
      return gmcrJob(request.input, request.params, progress);
    case 'forecast':
      return forecastJob(request.input, request.params, progress);
    case 'negotiate':
      return negotiateJob(request.input, request.params, progress);
    case 'games':
      return gamesJob(request.input, request.params, progress);
    case 'compare':
      return compareJob(request.input, request.params, progress);
    case 'view':
      return viewJob(request.input, request.params, progress);
  }
}

/**
 * An engine failure as the run reports it. Engine and input errors keep their stable codes;
 * anything else is a bug, reported as `engine-failed` without a stack trace.
 */
export function jobErrorOf(error: unknown): JobError {
  if (error instanceof JobInputError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
    };
  }
  if (error instanceof EngineError || error instanceof UnknownArchitectureError) {
    return { code: error.code, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'engine-failed', message: `the engine failed: ${message}` };
}
