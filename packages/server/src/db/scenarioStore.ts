/**
 * Saved scenarios and their version history. Every save is a new version holding the text
 * exactly as sent; a scenario's row points at its current version. Saves are transactions
 * (committed with `synchronous = FULL` before the HTTP reply is sent), so an acknowledged save
 * survives a crash.
 */
import type { Kysely } from 'kysely';
import type { Diagnostic } from '@parley/model';
import type { ScenarioMeta, TextFormat } from '../scenarios/scenarioText.ts';
import { newId, now } from './ids.ts';
import type { Database } from './schema.ts';

export interface ScenarioSummary {
  id: string;
  title: string;
  version: number;
  origin: string | null;
  createdAt: string;
  updatedAt: string;
  meta: ScenarioMeta;
}

export interface ScenarioVersion {
  version: number;
  format: TextFormat;
  note: string | null;
  createdAt: string;
  meta: ScenarioMeta;
  warnings: Diagnostic[];
}

export interface StoredScenario extends ScenarioSummary {
  text: string;
  format: TextFormat;
  warnings: Diagnostic[];
}

/** What a save writes. */
export interface SaveInput {
  text: string;
  format: TextFormat;
  meta: ScenarioMeta;
  warnings: Diagnostic[];
  note?: string;
}

export type UpdateOutcome =
  | { ok: true; scenario: StoredScenario }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'conflict'; current: number };

export class ScenarioStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<ScenarioSummary[]> {
    const rows = await this.db
      .selectFrom('scenarios as s')
      .innerJoin('scenario_versions as v', (j) =>
        j.onRef('v.scenario_id', '=', 's.id').onRef('v.version', '=', 's.current_version'),
      )
      .select([
        's.id',
        's.title',
        's.current_version',
        's.origin',
        's.created_at',
        's.updated_at',
        'v.meta',
      ])
      .orderBy('s.updated_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      version: r.current_version,
      origin: r.origin,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      meta: JSON.parse(r.meta) as ScenarioMeta,
    }));
  }

  /** The scenario at its current version, or at `version`. */
  async get(id: string, version?: number): Promise<StoredScenario | undefined> {
    const row = await this.db
      .selectFrom('scenarios as s')
      .innerJoin('scenario_versions as v', 'v.scenario_id', 's.id')
      .selectAll('v')
      .select([
        's.title',
        's.current_version',
        's.origin',
        's.created_at as s_created',
        's.updated_at',
      ])
      .where('s.id', '=', id)
      .where((eb) =>
        version === undefined
          ? eb('v.version', '=', eb.ref('s.current_version'))
          : eb('v.version', '=', version),
      )
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      id,
      title: row.title,
      version: row.version,
      origin: row.origin,
      createdAt: row.s_created,
      updatedAt: row.updated_at,
      meta: JSON.parse(row.meta) as ScenarioMeta,
      text: row.text,
      format: row.format,
      warnings: JSON.parse(row.warnings) as Diagnostic[],
    };
  }

  async create(input: SaveInput, origin: string | null = null): Promise<StoredScenario> {
    const id = newId('sc');
    const at = now();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('scenarios')
        .values({
          id,
          scenario_key: input.meta.key,
          title: input.meta.title,
          current_version: 1,
          origin,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .insertInto('scenario_versions')
        .values(versionRow(id, 1, input, at))
        .execute();
    });
    return (await this.get(id))!;
  }

  /**
   * Saves a new version. With `baseVersion`, refuses (conflict) when someone else saved since
   * the client read that version.
   */
  async update(id: string, input: SaveInput, baseVersion?: number): Promise<UpdateOutcome> {
    const at = now();
    const outcome = await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('scenarios')
        .select('current_version')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return { ok: false as const, reason: 'not-found' as const };
      if (baseVersion !== undefined && baseVersion !== row.current_version) {
        return { ok: false as const, reason: 'conflict' as const, current: row.current_version };
      }
      const version = row.current_version + 1;
      await trx
        .insertInto('scenario_versions')
        .values(versionRow(id, version, input, at))
        .execute();
      await trx
        .updateTable('scenarios')
        .set({
          current_version: version,
          title: input.meta.title,
          scenario_key: input.meta.key,
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
      return { ok: true as const };
    });
    if (!outcome.ok) return outcome;
    return { ok: true, scenario: (await this.get(id))! };
  }

  /** Deletes a scenario and its history; its runs stay, with their provenance. */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('scenarios').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async versions(id: string): Promise<ScenarioVersion[] | undefined> {
    const exists = await this.db
      .selectFrom('scenarios')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!exists) return undefined;
    const rows = await this.db
      .selectFrom('scenario_versions')
      .select(['version', 'format', 'note', 'created_at', 'meta', 'warnings'])
      .where('scenario_id', '=', id)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r) => ({
      version: r.version,
      format: r.format,
      note: r.note,
      createdAt: r.created_at,
      meta: JSON.parse(r.meta) as ScenarioMeta,
      warnings: JSON.parse(r.warnings) as Diagnostic[],
    }));
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('scenarios')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

function versionRow(id: string, version: number, input: SaveInput, at: string) {
  return {
    scenario_id: id,
    version,
    text: input.text,
    format: input.format,
    meta: JSON.stringify(input.meta),
    warnings: JSON.stringify(input.warnings),
    note: input.note ?? null,
    created_at: at,
  };
}
