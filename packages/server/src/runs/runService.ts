/**
 * Runs from request to stored result. A run is written to the database (status `queued`)
 * before the client hears `202`, then handed to the job runner; its start, progress and
 * outcome are recorded as they happen and pushed to subscribers (the SSE streams). The final
 * write completes before subscribers are told, so a client that sees `result` can always read
 * it back. Live progress is kept in memory only; the database holds status and results.
 */
import type { FastifyBaseLogger } from 'fastify';
import { newId } from '../db/ids.ts';
import type { RunRecord, RunStore } from '../db/runStore.ts';
import type { RunStatus } from '../db/schema.ts';
import { ApiError } from '../http/apiError.ts';
import type { JobRunner } from '../jobs/jobRunner.ts';
import type { JobOutcome, JobRequest, RunEngine } from '../jobs/jobTypes.ts';
import { VERSION } from '../version.ts';
import { findReusable } from './reuse.ts';

export interface RunView extends RunRecord {
  links: { self: string; events: string; result: string };
}

/** What subscribers hear. `finished` carries the final view; the result is read from the store. */
export type RunEvent =
  | { type: 'progress'; status: RunStatus; progress: number; phase: string | null }
  | { type: 'finished'; run: RunView };

export interface SubmitRun {
  request: JobRequest;
  params: Record<string, unknown>;
  scenarioId: string | null;
  scenarioVersion: number | null;
  inputHash: string;
}

interface Live {
  status: RunStatus;
  startedAt: string | null;
  progress: number;
  phase: string | null;
  /** Resolves once the outcome is stored. */
  stored: Promise<void>;
  markStored: () => void;
}

export function withLinks(record: RunRecord): RunView {
  const self = `/api/runs/${record.id}`;
  return { ...record, links: { self, events: `${self}/events`, result: `${self}/result` } };
}

export class RunService {
  private readonly live = new Map<string, Live>();
  private readonly listeners = new Map<string, Set<(e: RunEvent) => void>>();
  /** Per run, the database writes in the order they were issued. */
  private readonly writes = new Map<string, Promise<unknown>>();

  constructor(
    readonly store: RunStore,
    private readonly runner: JobRunner,
    private readonly log: FastifyBaseLogger,
  ) {}

  /**
   * Stores and queues a run; throws 503 (with Retry-After) when the queue is full. The place in
   * the queue is taken before `prepare` resolves and checks the input, so a refusal is cheap.
   */
  async submit(prepare: () => Promise<SubmitRun>): Promise<RunView> {
    if (!this.runner.reserve()) {
      const retryAfter = this.runner.retryAfterSeconds();
      throw new ApiError(
        503,
        {
          error: 'queue-full',
          message: 'the server is busy: every worker is running and the queue is full',
          hint: `retry in ${retryAfter} s`,
        },
        { 'retry-after': String(retryAfter) },
      );
    }
    const id = newId('run');
    let run: SubmitRun;
    let record: RunRecord;
    try {
      run = await prepare();
      record = await this.store.insert({
        id,
        engine: run.request.engine,
        params: run.params,
        scenarioId: run.scenarioId,
        scenarioVersion: run.scenarioVersion,
        inputHash: run.inputHash,
      });
    } catch (e) {
      this.runner.release();
      throw e;
    }
    let markStored = () => {};
    const stored = new Promise<void>((resolve) => (markStored = resolve));
    this.live.set(id, {
      status: 'queued',
      startedAt: null,
      progress: 0,
      phase: null,
      stored,
      markStored,
    });
    this.runner.submit(id, run.request, {
      onStart: () => this.started(id),
      onProgress: (fraction, phase) => this.progressed(id, fraction, phase),
      onFinish: (outcome) => this.finished(record, outcome),
    });
    return this.view(record);
  }

  /**
   * The newest succeeded run with this engine, params (canonical JSON) and input hash, computed
   * by this Parley version: its answer is the one a new run would give (reuse.ts).
   */
  async reusable(
    engine: RunEngine,
    params: Record<string, unknown>,
    inputHash: string,
  ): Promise<RunView | undefined> {
    const found = await findReusable(this.store, { engine, params, inputHash, parley: VERSION });
    return found && this.view(found);
  }

  async get(id: string): Promise<RunView | undefined> {
    const record = await this.store.get(id);
    return record && this.view(record);
  }

  async list(filter: {
    scenarioId?: string;
    status?: RunStatus;
    engine?: RunEngine;
    limit: number;
  }): Promise<RunView[]> {
    return (await this.store.list(filter)).map((r) => this.view(r));
  }

  isActive(id: string): boolean {
    return this.live.has(id);
  }

  /** Cancels an active run and waits until `cancelled` is stored; false if it was not active. */
  async cancel(id: string): Promise<boolean> {
    const live = this.live.get(id);
    if (!live || !this.runner.cancel(id)) return false;
    await live.stored;
    return true;
  }

  /** Listens to a run's events; returns the unsubscribe function. */
  subscribe(id: string, listener: (e: RunEvent) => void): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  stats() {
    return this.runner.stats();
  }

  async close(): Promise<void> {
    await this.runner.close();
    await Promise.all([...this.live.values()].map((l) => l.stored));
  }

  private view(record: RunRecord): RunView {
    const live = this.live.get(record.id);
    if (live && (record.status === 'queued' || record.status === 'running')) {
      return withLinks({
        ...record,
        status: live.status,
        progress: live.progress,
        phase: live.phase,
      });
    }
    return withLinks(record);
  }

  private emit(id: string, event: RunEvent): void {
    for (const listener of this.listeners.get(id) ?? []) listener(event);
  }

  private write(id: string, task: () => Promise<unknown>): Promise<unknown> {
    const next = (this.writes.get(id) ?? Promise.resolve()).then(task).catch((error: unknown) => {
      this.log.error({ err: error, run: id }, 'cannot record the run');
    });
    this.writes.set(id, next);
    return next;
  }

  private started(id: string): void {
    const live = this.live.get(id);
    if (!live) return;
    live.status = 'running';
    const startedAt = new Date().toISOString();
    live.startedAt = startedAt;
    void this.write(id, () => this.store.markRunning(id, startedAt));
    this.emit(id, {
      type: 'progress',
      status: 'running',
      progress: live.progress,
      phase: live.phase,
    });
  }

  private progressed(id: string, fraction: number, phase: string): void {
    const live = this.live.get(id);
    if (!live) return;
    live.progress = fraction;
    live.phase = phase;
    this.emit(id, { type: 'progress', status: live.status, progress: fraction, phase });
  }

  private finished(record: RunRecord, outcome: JobOutcome): void {
    const { id } = record;
    const finishedAt = new Date();
    void this.write(id, async () => {
      if (outcome.status === 'succeeded') {
        const started = (await this.store.get(id))?.startedAt ?? record.createdAt;
        await this.store.finish(id, {
          status: 'succeeded',
          result: outcome.result,
          provenance: {
            ...outcome.provenance,
            inputHash: record.inputHash,
            scenario:
              record.scenarioId === null
                ? null
                : { id: record.scenarioId, version: record.scenarioVersion },
            parley: VERSION,
            run: id,
            startedAt: started,
            finishedAt: finishedAt.toISOString(),
            durationMs: finishedAt.getTime() - Date.parse(started),
          },
        });
      } else {
        await this.store.finish(
          id,
          outcome.status === 'failed'
            ? { status: 'failed', error: outcome.error }
            : { status: 'cancelled' },
        );
      }
    }).then(async () => {
      const live = this.live.get(id);
      this.live.delete(id);
      this.writes.delete(id);
      const final = await this.store.get(id).catch(() => undefined);
      live?.markStored();
      if (final) this.emit(id, { type: 'finished', run: withLinks(final) });
      this.listeners.delete(id);
    });
  }
}
