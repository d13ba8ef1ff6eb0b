/**
 * The job runner: a bounded queue in front of the worker pool. A job is admitted only while
 * fewer than `workers + maxQueue` jobs are waiting or running, so memory stays bounded under
 * load; the caller turns a refusal into `503 Service Unavailable` with `Retry-After`
 * (`retryAfterSeconds`, from the recent mean job time). Each job runs with a time limit.
 */
import type { JobOutcome, JobRequest } from './jobTypes.ts';

/** What runs jobs: the worker pool, or a fake in tests. */
export interface JobExecutor {
  readonly size: number;
  idleCount(): number;
  run(
    jobId: string,
    request: JobRequest,
    onProgress: (fraction: number, phase: string) => void,
  ): Promise<JobOutcome>;
  abort(jobId: string, outcome: JobOutcome): boolean;
  close(): Promise<void>;
}

export interface JobHandlers {
  onStart(): void;
  onProgress(fraction: number, phase: string): void;
  onFinish(outcome: JobOutcome): void;
}

export interface JobRunnerOptions {
  /** Jobs that may wait beyond those running. */
  maxQueue: number;
  /** Time limit of one job, in ms. */
  timeoutMs: number;
}

interface Job {
  id: string;
  request: JobRequest;
  handlers: JobHandlers;
}

export interface RunnerStats {
  workers: number;
  running: number;
  queued: number;
  maxQueue: number;
}

export class JobRunner {
  private readonly queue: Job[] = [];
  private readonly running = new Set<string>();
  private reserved = 0;
  private closed = false;
  /** Exponential moving average of job durations, for Retry-After. */
  private meanMs = 2000;

  constructor(
    private readonly executor: JobExecutor,
    private readonly options: JobRunnerOptions,
  ) {}

  /** Holds a place for one job; false when the queue is full. Follow with submit or release. */
  reserve(): boolean {
    if (this.closed) return false;
    const load = this.running.size + this.queue.length + this.reserved;
    if (load >= this.executor.size + this.options.maxQueue) return false;
    this.reserved += 1;
    return true;
  }

  release(): void {
    this.reserved = Math.max(0, this.reserved - 1);
  }

  /** Queues a job in a place taken by `reserve`. */
  submit(id: string, request: JobRequest, handlers: JobHandlers): void {
    this.release();
    if (this.closed) {
      handlers.onFinish({
        status: 'failed',
        error: { code: 'interrupted', message: 'the server is shutting down' },
      });
      return;
    }
    this.queue.push({ id, request, handlers });
    this.dispatch();
  }

  /** Cancels a queued or running job (its onFinish reports `cancelled`); false if unknown. */
  cancel(id: string): boolean {
    const at = this.queue.findIndex((j) => j.id === id);
    if (at >= 0) {
      const [job] = this.queue.splice(at, 1);
      job!.handlers.onFinish({ status: 'cancelled' });
      return true;
    }
    return this.running.has(id) && this.executor.abort(id, { status: 'cancelled' });
  }

  /** Hands queued jobs to idle workers. */
  dispatch(): void {
    while (!this.closed && this.queue.length > 0 && this.executor.idleCount() > 0) {
      this.start(this.queue.shift()!);
    }
  }

  /** Seconds a refused client should wait: roughly until a place frees up. */
  retryAfterSeconds(): number {
    const waves = (this.queue.length + 1) / Math.max(1, this.executor.size);
    return Math.min(120, Math.max(1, Math.ceil((this.meanMs / 1000) * waves)));
  }

  stats(): RunnerStats {
    return {
      workers: this.executor.size,
      running: this.running.size,
      queued: this.queue.length,
      maxQueue: this.options.maxQueue,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      job.handlers.onFinish({
        status: 'failed',
        error: { code: 'interrupted', message: 'the server is shutting down' },
      });
    }
    await this.executor.close();
  }

  private start(job: Job): void {
    this.running.add(job.id);
    const started = performance.now();
    job.handlers.onStart();
    const timer = setTimeout(() => {
      this.executor.abort(job.id, {
        status: 'failed',
        error: {
          code: 'timeout',
          message: `the run took longer than the server's limit of ${Math.round(this.options.timeoutMs / 1000)} s`,
          hint: 'ask for less (fewer runs, concepts or options), or raise the limit (--job-timeout)',
        },
      });
    }, this.options.timeoutMs);
    timer.unref();
    this.executor
      .run(job.id, job.request, (f, phase) => job.handlers.onProgress(f, phase))
      .catch((error: unknown): JobOutcome => ({
        status: 'failed',
        error: { code: 'worker-unavailable', message: String(error) },
      }))
      .then((outcome) => {
        clearTimeout(timer);
        this.running.delete(job.id);
        this.meanMs = 0.8 * this.meanMs + 0.2 * (performance.now() - started);
        job.handlers.onFinish(outcome);
        this.dispatch();
      });
  }
}
