/**
 * The page's side of a worker: typed requests, progress callbacks, cancellation. Engines are
 * synchronous, so a running request can only be stopped by terminating its worker; the client
 * then starts a fresh worker and re-sends the requests that were still waiting.
 */
import type {
  EngineCalls,
  EngineFailure,
  EngineKind,
  EngineRequest,
  FromWorker,
  ResultOf,
  ToWorker,
} from './protocol.ts';

/** The part of `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A failed or cancelled run. `code` is `cancelled` when the caller cancelled it. */
export class EngineRunError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  constructor(failure: EngineFailure) {
    super(failure.message);
    this.name = 'EngineRunError';
    this.code = failure.code;
    this.hint = failure.hint;
  }
}

export type ProgressListener = (fraction: number, phase: string) => void;

export interface Run<T> {
  promise: Promise<T>;
  /** Stops the run (its promise rejects with code `cancelled`); no-op once it has settled. */
  cancel(): void;
  /** Present on runs computed by the Parley server: the run's id once the server accepted it. */
  serverRun?: () => string | null;
}

/**
 * What views run their requests through: the engine worker's client, the server's
 * (serverEngineClient.ts), or the router between them (routingEngineClient.ts).
 */
export interface EngineRunner {
  run<K extends EngineKind>(
    request: EngineCalls[K]['request'],
    onProgress?: ProgressListener,
  ): Run<ResultOf<K>>;
}

interface Pending {
  request: EngineRequest;
  resolve: (value: unknown) => void;
  reject: (error: EngineRunError) => void;
  onProgress: ProgressListener | undefined;
}

export class EngineClient implements EngineRunner {
  private worker: WorkerLike | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly spawn: () => WorkerLike) {}

  run<K extends EngineKind>(
    request: EngineCalls[K]['request'],
    onProgress?: ProgressListener,
  ): Run<ResultOf<K>> {
    const id = this.nextId++;
    const promise = new Promise<ResultOf<K>>((resolve, reject) => {
      this.pending.set(id, {
        request,
        resolve: resolve as (value: unknown) => void,
        reject,
        onProgress,
      });
    });
    this.post(id, request);
    return { promise, cancel: () => this.cancel(id) };
  }

  /** Stops everything and releases the worker. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(new EngineRunError({ code: 'cancelled', message: 'cancelled' }));
    }
  }

  private cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.reject(new EngineRunError({ code: 'cancelled', message: 'cancelled' }));
    this.restart();
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [id, p] of this.pending) this.post(id, p.request);
  }

  private post(id: number, request: EngineRequest): void {
    this.ensureWorker().postMessage({ id, request });
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      // A crashed worker loses every request it held.
      this.worker?.terminate();
      this.worker = null;
      const failure = { code: 'worker-crashed', message: `the worker stopped: ${event.message}` };
      for (const [id, p] of this.pending) {
        this.pending.delete(id);
        p.reject(new EngineRunError(failure));
      }
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: FromWorker): void {
    const p = this.pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') {
      p.onProgress?.(message.fraction, message.phase);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'done') p.resolve(message.result);
    else p.reject(new EngineRunError(message.error));
  }
}
