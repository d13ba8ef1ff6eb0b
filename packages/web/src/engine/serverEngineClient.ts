/**
 * Runs the workbench's analysis views on the Parley server (`POST /api/runs` with engine
 * `view`, docs/api.md) under the same `run(request, onProgress) → {promise, cancel}` contract as
 * the engine worker's client, so a view does not care where it computes. The server stores the
 * run with its provenance and lists it with the other runs.
 *
 * - Input: `scenarioId` + `version` when the scenario analysed is exactly a saved version,
 *   otherwise the `text` that validated (scenarioSource.ts).
 * - A full queue (`503 queue-full`) is tried again after its Retry-After (else a doubling
 *   backoff), shown as progress `queued: server busy`; after the last try the run fails with the
 *   server's hint.
 * - Reuse: runs are posted with `reuse: true`, so the server answers a request it has already
 *   computed (same params, input hash and Parley version) with the stored succeeded run (200).
 *   Such a run's result is read at once, without events; `reusedFrom()` gives when it was
 *   computed. A request with `reuse: false` computes afresh (the view's "recompute").
 * - Progress follows the run's server-sent events; when the stream drops, the run is polled.
 * - Cancelling deletes the run (`DELETE /api/runs/:id`) and rejects with code `cancelled`; a
 *   reused run is never deleted (it is someone's stored result, not this request's).
 * - The result is view data encoded by `encodeView`, decoded here with `decodeView`.
 */
import { decodeView, reviveView } from '@parley/views';
import { ApiError, type Api } from '../api/api.ts';
import type { RunEngine, RunStatus, RunView } from '../api/types.ts';
import { EngineRunError, type ProgressListener, type Run } from './engineClient.ts';
import type { EngineCalls, ResultOf, ViewKind } from './protocol.ts';
import type { ScenarioSource } from './scenarioSource.ts';

/** The routes the client uses; a fake in tests. */
export type RunApi = Pick<Api, 'startRun' | 'followRun' | 'getRun' | 'runResultText' | 'cancelRun'>;

/**
 * A view request together with the input the server should run it on, and whether a stored
 * run may answer it (default true).
 */
export type ServerViewRequest<K extends ViewKind> = EngineCalls[K]['request'] & {
  source: ScenarioSource;
  reuse?: boolean;
};

/**
 * A run on the server. `reusedFrom()`: when the stored run that answered was computed (ISO
 * time), or null while not known or when the run is new. Optional, so any runner's run fits.
 */
export interface ServerRun<T> extends Run<T> {
  reusedFrom?: () => string | null;
}

export interface ServerClientOptions {
  /** Tries after the first while the queue is full (default 4). */
  retries?: number;
  /** Poll interval once the event stream has dropped, ms (default 1000). */
  pollMs?: number;
  /** Waits `ms`, rejecting with `cancelled` when `signal` aborts; injectable for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** The server's engine for view data (runRequest.ts). */
const VIEW_ENGINE: RunEngine = 'view';
const MAX_WAIT_MS = 30_000;
/** Failed polls in a row before giving up on a run the server no longer answers about. */
const POLL_FAILURES = 5;

const cancelledError = () => new EngineRunError({ code: 'cancelled', message: 'cancelled' });

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(cancelledError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelledError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export class ServerEngineClient {
  private readonly retries: number;
  private readonly pollMs: number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;

  constructor(
    private readonly api: RunApi,
    options: ServerClientOptions = {},
  ) {
    this.retries = options.retries ?? 4;
    this.pollMs = options.pollMs ?? 1000;
    this.sleep = options.sleep ?? sleep;
  }

  run<K extends ViewKind>(
    request: ServerViewRequest<K>,
    onProgress?: ProgressListener,
  ): ServerRun<ResultOf<K>> {
    const abort = new AbortController();
    let runId: string | null = null;
    let reusedFrom: string | null = null;
    let settled = false;
    let rejectNow: (error: EngineRunError) => void = () => {};
    const cancelled = new Promise<never>((_, reject) => (rejectNow = reject));
    const work = this.execute(request, abort.signal, onProgress, (id, storedAt) => {
      runId = id;
      reusedFrom = storedAt;
    });
    // Whichever loses the race must not surface as an unhandled rejection.
    work.catch(() => {});
    cancelled.catch(() => {});
    const promise = Promise.race([work, cancelled]) as Promise<ResultOf<K>>;
    const settle = () => (settled = true);
    promise.then(settle, settle);
    return {
      promise,
      cancel: () => {
        if (settled || abort.signal.aborted) return;
        abort.abort();
        rejectNow(cancelledError());
        // Not yet accepted: execute() deletes the run as soon as the server answers.
        if (runId !== null && reusedFrom === null) void this.api.cancelRun(runId).catch(() => {});
      },
      serverRun: () => runId,
      reusedFrom: () => reusedFrom,
    };
  }

  private async execute(
    request: ServerViewRequest<ViewKind>,
    signal: AbortSignal,
    onProgress: ProgressListener | undefined,
    accepted: (runId: string, reusedFrom: string | null) => void,
  ): Promise<unknown> {
    const run = await this.start(request, signal, onProgress);
    // Only a stored run answers POST already succeeded: a new one is queued or running.
    const reused = run.status === 'succeeded';
    if (signal.aborted) {
      if (!reused) void this.api.cancelRun(run.id).catch(() => {});
      throw cancelledError();
    }
    accepted(run.id, reused ? (run.finishedAt ?? run.createdAt) : null);
    onProgress?.(run.progress, reused ? 'reading the stored result' : phaseOf(run));
    if (reused) return this.outcome(run, undefined);
    const final = await this.follow(run.id, signal, onProgress);
    return this.outcome(final.run, final.result);
  }

  /** POST /api/runs, trying again while the server's queue is full. */
  private async start(
    request: ServerViewRequest<ViewKind>,
    signal: AbortSignal,
    onProgress: ProgressListener | undefined,
  ): Promise<RunView> {
    const { source, reuse = true, ...rest } = request;
    const params = paramsOf(rest);
    const input =
      source.kind === 'saved'
        ? { scenarioId: source.id, version: source.version }
        : { text: source.text };
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.api.startRun(VIEW_ENGINE, input, params, { reuse });
      } catch (error) {
        const busy = error instanceof ApiError && error.status === 503;
        if (!busy || attempt >= this.retries) throw failureOf(error);
        const wait = retryDelay(error, attempt);
        onProgress?.(
          0,
          `queued: server busy (try ${attempt + 2} of ${this.retries + 1} in ${Math.ceil(wait / 1000)} s)`,
        );
        await this.sleep(wait, signal);
      }
    }
  }

  /** Follows the run's events until its result; polls when the stream drops. */
  private follow(
    runId: string,
    signal: AbortSignal,
    onProgress: ProgressListener | undefined,
  ): Promise<{ run: RunView; result?: unknown }> {
    return new Promise((resolve, reject) => {
      let finished = false;
      let stop: (() => void) | null = null;
      const finish = () => {
        finished = true;
        stop?.();
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        finish();
        reject(cancelledError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      stop = this.api.followRun(runId, {
        status: (run) => !finished && onProgress?.(run.progress, phaseOf(run)),
        progress: (event) => !finished && onProgress?.(event.progress, phaseOf(event)),
        result: (run, result) => {
          if (finished) return;
          finish();
          resolve({ run, result });
        },
        error: () => {
          if (finished) return;
          finish();
          this.poll(runId, signal, onProgress).then(resolve, reject);
        },
      });
      if (finished) stop();
    });
  }

  private async poll(
    runId: string,
    signal: AbortSignal,
    onProgress: ProgressListener | undefined,
  ): Promise<{ run: RunView }> {
    for (let failures = 0; ;) {
      await this.sleep(this.pollMs, signal);
      let run: RunView;
      try {
        run = await this.api.getRun(runId);
        failures = 0;
      } catch (error) {
        const transient = error instanceof ApiError && (error.status === 0 || error.status >= 500);
        if (!transient || ++failures >= POLL_FAILURES) throw failureOf(error);
        continue;
      }
      if (signal.aborted) throw cancelledError();
      onProgress?.(run.progress, phaseOf(run));
      if (isFinished(run.status)) return { run };
    }
  }

  private async outcome(run: RunView, result: unknown): Promise<unknown> {
    if (run.status === 'succeeded') {
      let raw = result;
      try {
        raw ??= await this.api.runResultText(run.id);
      } catch (error) {
        throw failureOf(error);
      }
      try {
        return decodeResult(raw);
      } catch (error) {
        throw new EngineRunError({
          code: 'bad-result',
          message: `the result of run ${run.id} cannot be read (${String(error)})`,
          hint: 'compute in this browser instead',
        });
      }
    }
    if (run.status === 'cancelled') {
      throw new EngineRunError({
        code: 'cancelled',
        message: `run ${run.id} was cancelled on the server`,
      });
    }
    throw new EngineRunError(
      run.error ?? { code: 'failed', message: `run ${run.id} failed on the server` },
    );
  }
}

/** The run's `params`: the view request without its scenario, which the input carries. */
export function paramsOf(request: EngineCalls[ViewKind]['request']): Record<string, unknown> {
  const { scenario: _scenario, ...params } = request;
  return params;
}

/**
 * Result JSON → view data. The server embeds the stored text in its events, so it arrives
 * already parsed (typed arrays still tagged) and is revived in place; the stored text
 * (`GET …/result`) is decoded directly.
 */
export function decodeResult<T>(raw: unknown): T {
  return typeof raw === 'string' ? decodeView<T>(raw) : reviveView<T>(raw);
}

const isFinished = (status: RunStatus) =>
  status === 'succeeded' || status === 'failed' || status === 'cancelled';

function phaseOf(run: { status?: RunStatus; phase: string | null }): string {
  if (run.status === 'queued') return 'queued';
  return run.phase ?? 'running';
}

/**
 * Milliseconds to wait after a 503: the Retry-After seconds when the API client exposes them,
 * else the server's hint (`retry in N s`), else 1, 2, 4, … s.
 */
export function retryDelay(error: ApiError, attempt: number): number {
  const header = error.retryAfter;
  const hinted = /retry in (\d+(?:\.\d+)?) ?s/.exec(error.hint ?? '')?.[1];
  const seconds = header ?? (hinted !== undefined ? Number(hinted) : 2 ** attempt);
  return Math.min(MAX_WAIT_MS, Math.max(250, seconds * 1000));
}

/** An API error as the views show failures: code, message, and a hint naming what to fix. */
export function failureOf(error: unknown): EngineRunError {
  if (error instanceof EngineRunError) return error;
  if (!(error instanceof ApiError)) {
    return new EngineRunError({ code: 'internal', message: String(error) });
  }
  const first = error.diagnostics[0];
  const where = first?.line ? ` (line ${first.line}${first.col ? `:${first.col}` : ''})` : '';
  const more = error.diagnostics.length > 1 ? ` and ${error.diagnostics.length - 1} more` : '';
  const message = first ? `${error.message}: ${first.message}${where}${more}` : error.message;
  const hint =
    error.hint ??
    first?.hint ??
    (error.code === 'unreachable' ? 'tick “compute in this browser” to run it here' : undefined);
  return new EngineRunError({ code: error.code, message, ...(hint ? { hint } : {}) });
}
