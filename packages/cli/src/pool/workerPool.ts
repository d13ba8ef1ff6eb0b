/**
 * A small fixed-size pool of Node worker threads running one module. Tasks queue and go to the
 * next idle worker; each resolves with that worker's reply. Which worker runs which task is
 * timing-dependent, so callers must make results independent of it (the Monte Carlo chunks are).
 *
 * Workers written in TypeScript (running from source under tsx or vitest) start through a
 * one-line bootstrap that registers tsx's loader first; the built CLI starts plain JavaScript
 * workers.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface WorkerPoolOptions {
  /** The worker module. */
  url: URL;
  /** Number of threads (≥ 1). */
  size: number;
}

interface Job {
  id: number;
  message: unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Reply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: { message: string; code?: string };
}

/** Error a worker reported, with the engine's stable code when it had one. */
export class WorkerTaskError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WorkerTaskError';
  }
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(options: WorkerPoolOptions) {
    for (let i = 0; i < Math.max(1, options.size); i++) {
      const worker = startWorker(options.url);
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(worker, error));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(worker, new Error(`worker exited with code ${code}`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Sends `message` to the next idle worker; resolves with its reply value. */
  run<T>(message: unknown): Promise<T> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        message,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs not yet answered are rejected with `reason`. */
  async close(reason: unknown = new Error('worker pool closed')): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const job of [...this.running.values(), ...this.queue]) job.reject(reason);
    this.running.clear();
    this.queue.length = 0;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, message: job.message });
    }
  }

  private settle(worker: Worker, reply: Reply): void {
    const job = this.running.get(worker);
    if (!job || job.id !== reply.id) return;
    this.running.delete(worker);
    this.idle.push(worker);
    if (reply.ok) job.resolve(reply.value);
    else
      job.reject(
        new WorkerTaskError(reply.error?.message ?? 'worker task failed', reply.error?.code),
      );
    this.dispatch();
  }

  private fail(worker: Worker, error: unknown): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    job?.reject(error);
    // A crashed worker is not reused; the remaining ones carry on.
    const at = this.workers.indexOf(worker);
    if (at >= 0) this.workers.splice(at, 1);
    if (this.workers.length === 0) void this.close(error);
  }
}

/** A worker for `url`; TypeScript modules get tsx's loader registered before they load. */
function startWorker(url: URL): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  const tsx = tsxEsmApi();
  const boot = [
    `import(${JSON.stringify(tsx)})`,
    `.then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`,
    '.catch((error) => { console.error(error); process.exit(1); });',
  ].join('');
  return new Worker(boot, { eval: true });
}

/** URL of tsx's ESM registration API (its `import` export of `tsx/esm/api`). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require('tsx/package.json') as {
    exports: Record<string, { import: { default: string } }>;
  };
  return new URL(exports['./esm/api']!.import.default, pathToFileURL(manifest)).href;
}
