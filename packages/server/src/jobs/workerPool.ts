/**
 * A fixed number of worker threads, each running one job at a time. A job that ends its
 * worker — a crash, an uncaught error, running out of its memory limit — fails alone: its
 * worker is replaced and the others carry on. Cancelling (or timing out) a job terminates its
 * worker, the only way to stop synchronous engine code, and starts a fresh one.
 */
import type { ResourceLimits, Worker } from 'node:worker_threads';
import type { FromWorker, JobOutcome, JobRequest, ToWorker } from './jobTypes.ts';
import { startWorker } from './startWorker.ts';

export interface WorkerPoolOptions {
  /** The worker module (jobs/runWorker.ts, or a test double). */
  url: URL;
  size: number;
  /** Per-worker heap limits, so one job cannot exhaust the server's memory. */
  resourceLimits?: ResourceLimits;
  /** Called when a worker becomes free (or is replaced), so the queue can hand it work. */
  onIdle?: () => void;
  /** Called with worker-level problems, for the log. */
  onWorkerProblem?: (message: string) => void;
}

interface Running {
  jobId: string;
  onProgress: (fraction: number, phase: string) => void;
  settle: (outcome: JobOutcome) => void;
}

interface Slot {
  worker: Worker;
  job?: Running;
  /** Terminated on purpose: its exit is not a crash. */
  retired: boolean;
}

/** Longest pause before restarting workers that keep dying before they are ready. */
const MAX_BACKOFF_MS = 5000;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private failuresInARow = 0;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Workers without a job. */
  idleCount(): number {
    return this.slots.filter((s) => !s.job && !s.retired).length;
  }

  busyCount(): number {
    return this.slots.filter((s) => s.job).length;
  }

  /** Runs a job on an idle worker; the caller checks `idleCount()` first. */
  run(jobId: string, request: JobRequest, onProgress: Running['onProgress']): Promise<JobOutcome> {
    const slot = this.slots.find((s) => !s.job && !s.retired);
    if (this.closed || !slot) return Promise.reject(new Error('no idle worker'));
    return new Promise<JobOutcome>((resolve) => {
      slot.job = {
        jobId,
        onProgress,
        settle: (outcome) => {
          slot.job = undefined;
          resolve(outcome);
        },
      };
      slot.worker.postMessage({ type: 'run', jobId, request } satisfies ToWorker);
    });
  }

  /** Stops a running job, settling it with `outcome`; false when no worker runs it. */
  abort(jobId: string, outcome: JobOutcome): boolean {
    const slot = this.slots.find((s) => s.job?.jobId === jobId);
    if (!slot) return false;
    slot.job!.settle(outcome);
    this.replace(slot);
    return true;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const workers = this.slots.map((s) => {
      s.retired = true;
      s.job?.settle({
        status: 'failed',
        error: { code: 'interrupted', message: 'the server is shutting down' },
      });
      return s.worker;
    });
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = {
      worker: startWorker(this.options.url, this.options.resourceLimits),
      retired: false,
    };
    const { worker } = slot;
    worker.on('message', (m: FromWorker) => this.onMessage(slot, m));
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.retired) return;
      const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.crashed(
        slot,
        oom ? 'worker-out-of-memory' : 'worker-crashed',
        oom
          ? 'the run needed more memory than a worker may use'
          : `the worker running this job failed: ${error.message}`,
      );
    });
    worker.on('exit', (code) => {
      if (slot.retired || this.closed) return;
      this.crashed(
        slot,
        'worker-crashed',
        `the worker running this job stopped unexpectedly (exit code ${code})`,
      );
    });
    return slot;
  }

  private onMessage(slot: Slot, m: FromWorker): void {
    if (slot.retired) return;
    if (m.type === 'ready') {
      this.failuresInARow = 0;
      return;
    }
    const job = slot.job;
    if (!job || job.jobId !== m.jobId) return;
    if (m.type === 'progress') job.onProgress(m.fraction, m.phase);
    else {
      job.settle(
        m.type === 'done'
          ? { status: 'succeeded', result: m.result, provenance: m.provenance }
          : { status: 'failed', error: m.error },
      );
      this.options.onIdle?.();
    }
  }

  private crashed(slot: Slot, code: string, message: string): void {
    this.failuresInARow += 1;
    this.options.onWorkerProblem?.(message);
    slot.job?.settle({ status: 'failed', error: { code, message } });
    this.replace(slot);
  }

  /** Terminates the slot's worker (if still alive) and puts a new slot in its place. */
  private replace(slot: Slot): void {
    slot.retired = true;
    slot.job = undefined;
    void slot.worker.terminate().catch(() => undefined);
    if (this.closed) return;
    const delay =
      this.failuresInARow <= 1 ? 0 : Math.min(MAX_BACKOFF_MS, 100 * 2 ** this.failuresInARow);
    const restart = () => {
      if (this.closed) return;
      this.slots[this.slots.indexOf(slot)] = this.spawn();
      this.options.onIdle?.();
    };
    if (delay === 0) restart();
    else setTimeout(restart, delay).unref();
  }
}
