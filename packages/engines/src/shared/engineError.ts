/**
 * Programmer errors raised by engines. User-input problems are reported as Diagnostics by the
 * model package before an engine runs; an EngineError means a caller broke an engine's contract
 * (e.g. passed an unvalidated scenario or a partition that is not a partition).
 *
 * `code` is stable (kebab-case, prefixed by the engine: `gmcr/ranking-incomplete`) so callers
 * and tests can match on it without parsing messages.
 */
export class EngineError extends Error {
  override readonly name = 'EngineError';

  constructor(
    /** Stable machine-readable code, `<engine>/<problem>`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown when an engine run is cancelled through its AbortSignal. */
export class AbortedError extends EngineError {
  constructor(reason?: unknown) {
    super('aborted', reason instanceof Error ? reason.message : 'the computation was cancelled');
  }
}
