/**
 * Analysis runs: what was asked (engine, params, input fingerprint), how it went (status,
 * timing, error) and what came out (the engine's JSON, stored as text, with its provenance).
 */
import type { Kysely } from 'kysely';
import type { RunEngine } from '../jobs/jobTypes.ts';
import { now } from './ids.ts';
import type { Database, RunStatus, RunTable } from './schema.ts';

export interface RunError {
  code: string;
  message: string;
  diagnostics?: unknown[];
}

export interface RunRecord {
  id: string;
  engine: RunEngine;
  params: Record<string, unknown>;
  scenarioId: string | null;
  scenarioVersion: number | null;
  inputHash: string;
  status: RunStatus;
  progress: number;
  phase: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: RunError | null;
  provenance: Record<string, unknown> | null;
}

export interface NewRun {
  id: string;
  engine: RunEngine;
  params: Record<string, unknown>;
  scenarioId: string | null;
  scenarioVersion: number | null;
  inputHash: string;
}

export interface Finish {
  status: Extract<RunStatus, 'succeeded' | 'failed' | 'cancelled'>;
  result?: string;
  error?: RunError;
  provenance?: Record<string, unknown>;
}

const ACTIVE: RunStatus[] = ['queued', 'running'];

const META_COLUMNS = [
  'id',
  'engine',
  'params',
  'scenario_id',
  'scenario_version',
  'input_hash',
  'status',
  'progress',
  'phase',
  'created_at',
  'started_at',
  'finished_at',
  'error',
  'provenance',
] as const;

type MetaRow = Pick<RunTable, (typeof META_COLUMNS)[number]>;

function record(row: MetaRow): RunRecord {
  return {
    id: row.id,
    engine: row.engine,
    params: JSON.parse(row.params) as Record<string, unknown>,
    scenarioId: row.scenario_id,
    scenarioVersion: row.scenario_version,
    inputHash: row.input_hash,
    status: row.status,
    progress: row.progress,
    phase: row.phase,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    error: row.error === null ? null : (JSON.parse(row.error) as RunError),
    provenance:
      row.provenance === null ? null : (JSON.parse(row.provenance) as Record<string, unknown>),
  };
}

export class RunStore {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(run: NewRun): Promise<RunRecord> {
    await this.db
      .insertInto('runs')
      .values({
        id: run.id,
        engine: run.engine,
        params: JSON.stringify(run.params),
        scenario_id: run.scenarioId,
        scenario_version: run.scenarioVersion,
        input_hash: run.inputHash,
        status: 'queued',
        progress: 0,
        phase: null,
        created_at: now(),
        started_at: null,
        finished_at: null,
        result: null,
        error: null,
        provenance: null,
      })
      .execute();
    return (await this.get(run.id))!;
  }

  async markRunning(id: string, startedAt = now()): Promise<void> {
    await this.db
      .updateTable('runs')
      .set({ status: 'running', started_at: startedAt })
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .execute();
  }

  /** Records the outcome of a run that is still active; false if it had already finished. */
  async finish(id: string, finish: Finish): Promise<boolean> {
    const result = await this.db
      .updateTable('runs')
      .set({
        status: finish.status,
        finished_at: now(),
        progress: finish.status === 'succeeded' ? 1 : undefined,
        result: finish.result ?? null,
        error: finish.error ? JSON.stringify(finish.error) : null,
        provenance: finish.provenance ? JSON.stringify(finish.provenance) : null,
      })
      .where('id', '=', id)
      .where('status', 'in', ACTIVE)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async get(id: string): Promise<RunRecord | undefined> {
    const row = await this.db
      .selectFrom('runs')
      .select(META_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? record(row) : undefined;
  }

  /** The stored result text, or undefined when the run has none. */
  async result(id: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('runs')
      .select('result')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.result ?? undefined;
  }

  async list(filter: {
    scenarioId?: string;
    status?: RunStatus;
    engine?: RunEngine;
    limit: number;
  }): Promise<RunRecord[]> {
    let query = this.db.selectFrom('runs').select(META_COLUMNS);
    if (filter.engine !== undefined) query = query.where('engine', '=', filter.engine);
    if (filter.scenarioId !== undefined) query = query.where('scenario_id', '=', filter.scenarioId);
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    const rows = await query.orderBy('seq', 'desc').limit(filter.limit).execute();
    return rows.map(record);
  }

  /**
   * Succeeded runs of one engine on one input, newest first, at most `limit` (the reuse
   * lookup, index `runs_reuse`); the caller compares params and version.
   */
  async succeeded(engine: RunEngine, inputHash: string, limit: number): Promise<RunRecord[]> {
    const rows = await this.db
      .selectFrom('runs')
      .select(META_COLUMNS)
      .where('engine', '=', engine)
      .where('input_hash', '=', inputHash)
      .where('status', '=', 'succeeded')
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    return rows.map(record);
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('runs').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /**
   * After a restart: runs that were queued or running when the server stopped can never finish,
   * so they are marked failed with code `interrupted`. Returns how many.
   */
  async interruptUnfinished(): Promise<number> {
    const error = {
      code: 'interrupted',
      message: 'the server stopped before this run finished',
      hint: 'start the run again',
    };
    const result = await this.db
      .updateTable('runs')
      .set({ status: 'failed', finished_at: now(), error: JSON.stringify(error) })
      .where('status', 'in', ACTIVE)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
